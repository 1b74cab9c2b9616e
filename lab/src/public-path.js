// Imported first by index.js: webpack-style bundles resolve chunk and asset URLs (fonts, images in the
// CSS) against this, so it must be set before any other module of the bundle is evaluated.
import { PageConfig } from '@jupyterlab/coreutils';

// eslint-disable-next-line no-undef
__webpack_public_path__ = PageConfig.getOption('fullStaticUrl') + '/';
