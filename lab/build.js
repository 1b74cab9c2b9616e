// Builds the front end: `node build.js OUT_DIR [TEMPLATE]`. Runs rspack on rspack.config.js, then
// writes OUT_DIR/static/package.json (the name jupyterlab_server's licenses API reports) and, from the
// template, OUT_DIR/templates/index.html pointing at the bundle and its stylesheet with content hashes
// for caching.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const out = path.resolve(process.argv[2] || 'dist');
const template = path.resolve(process.argv[3] || path.join(__dirname, 'templates', 'index.html'));
process.env.SAGEDESK_LAB_OUT = out;

const { rspack } = require('@rspack/core');
const started = Date.now();
rspack(require('./rspack.config.js'), (error, stats) => {
  if (error) {
    console.error(error.stack || error);
    process.exit(1);
  }
  if (stats.hasErrors()) {
    console.error(stats.toString({ all: false, errors: true, colors: false }));
    process.exit(1);
  }
  const pkg = require('./package.json');
  const staticDir = path.join(out, 'static');
  fs.writeFileSync(
    path.join(staticDir, 'package.json'),
    JSON.stringify(
      {
        name: pkg.name,
        version: pkg.version,
        license: pkg.license,
        jupyterlabVersion: require('@jupyterlab/application/package.json').version,
        // jupyterlab_server reads this key of the built application's package.json.
        jupyterlab: {
          name: 'JupyterLab',
          extensions: pkg.jupyterlab.extensions,
          mimeExtensions: pkg.jupyterlab.mimeExtensions,
          extensionMetadata: {}
        }
      },
      null,
      2
    ) + '\n'
  );
  const versioned = name => {
    const content = fs.readFileSync(path.join(staticDir, name));
    return `${name}?v=${crypto.createHash('sha256').update(content).digest('hex').slice(0, 20)}`;
  };
  fs.mkdirSync(path.join(out, 'templates'), { recursive: true });
  const html = fs
    .readFileSync(template, 'utf8')
    .replace('@SAGEDESK_BUNDLE@', versioned('bundle.js'))
    .replace('@SAGEDESK_STYLES@', versioned('bundle.css'));
  fs.writeFileSync(path.join(out, 'templates', 'index.html'), html);
  console.log(`sagedesk lab: front end built into ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
