// Anchor for the resource library: the icons, licence texts and translations are attached to it by
// qt_add_resources and qt_add_translations.
namespace SageDesk {
int resourcesAnchor()
{
    return 0;
}
} // namespace SageDesk
