// SPDX-License-Identifier: MIT
#include "core/room/displaystate.h"

#include "core/base/eventcatalogue.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace core {
namespace {

struct SceneKey
{
    Scene scene;
    const char16_t *key;
};

constexpr SceneKey sceneKeys[] = {
    {Scene::Agenda, u"agenda"},
    {Scene::Speaker, u"speaker"},
    {Scene::Chair, u"chair"},
    {Scene::Media, u"media"},
    {Scene::Takeaways, u"takeaways"},
    {Scene::Message, u"message"},
    {Scene::Join, u"join"},
    {Scene::Blank, u"blank"},
};

struct KindKey
{
    MediaKind kind;
    const char16_t *key;
};

constexpr KindKey kindKeys[] = {
    {MediaKind::Image, u"image"},
    {MediaKind::Svg, u"svg"},
    {MediaKind::Pdf, u"pdf"},
    {MediaKind::Video, u"video"},
};

constexpr int MaxMessageLength = 500;
constexpr int MaxTakeawayLength = 1000;

} // namespace

QString sceneKey(Scene scene)
{
    for (const auto &entry : sceneKeys) {
        if (entry.scene == scene) {
            return QString::fromUtf16(entry.key);
        }
    }
    return {};
}

bool sceneFromKey(const QString &key, Scene *scene)
{
    for (const auto &entry : sceneKeys) {
        if (key == QStringView(entry.key)) {
            *scene = entry.scene;
            return true;
        }
    }
    return false;
}

QString mediaKindKey(MediaKind kind)
{
    for (const auto &entry : kindKeys) {
        if (entry.kind == kind) {
            return QString::fromUtf16(entry.key);
        }
    }
    return {};
}

bool mediaKindFromKey(const QString &key, MediaKind *kind)
{
    for (const auto &entry : kindKeys) {
        if (key == QStringView(entry.key)) {
            *kind = entry.kind;
            return true;
        }
    }
    return false;
}

bool DisplayState::handles(EventType type)
{
    return type >= EventType::MediaAdded && type <= EventType::TakeawayCommented;
}

const MediaItem *DisplayState::mediaItem(int id) const
{
    for (const auto &item : m_media) {
        if (item.id == id) {
            return &item;
        }
    }
    return nullptr;
}

int DisplayState::nextMediaId() const
{
    int id = 0;
    for (const auto &item : m_media) {
        id = std::max(id, item.id);
    }
    return id + 1;
}

const Takeaway *DisplayState::takeaway(int id) const
{
    for (const auto &takeaway : m_takeaways) {
        if (takeaway.id == id) {
            return &takeaway;
        }
    }
    return nullptr;
}

int DisplayState::nextTakeawayId() const
{
    int id = 0;
    for (const auto &takeaway : m_takeaways) {
        id = std::max(id, takeaway.id);
    }
    return id + 1;
}

Result<void> DisplayState::apply(const Event &event)
{
    switch (event.type) {
    case EventType::DisplayPinned:
        return events::dispatch(this, &DisplayState::applyDisplayPinned, event);
    case EventType::DisplayUnpinned:
        return applyDisplayUnpinned();
    case EventType::DisplayBlanked:
        return events::dispatch(this, &DisplayState::applyDisplayBlanked, event);
    case EventType::DisplayMessage:
        return events::dispatch(this, &DisplayState::applyDisplayMessage, event);
    case EventType::DisplayMedia:
        return events::dispatch(this, &DisplayState::applyDisplayMedia, event);
    case EventType::DisplayPage:
        return events::dispatch(this, &DisplayState::applyDisplayPage, event);
    case EventType::DisplayLanguage:
        return events::dispatch(this, &DisplayState::applyDisplayLanguage, event);
    case EventType::MediaAdded:
        return events::dispatch(this, &DisplayState::applyMediaAdded, event);
    case EventType::MediaRemoved:
        return events::dispatch(this, &DisplayState::applyMediaRemoved, event);
    case EventType::TakeawayApproved:
        return events::dispatch(this, &DisplayState::applyTakeawayApproved, event);
    case EventType::TakeawayWithdrawn:
        return events::dispatch(this, &DisplayState::applyTakeawayWithdrawn, event);
    case EventType::TakeawayEdited:
        return events::dispatch(this, &DisplayState::applyTakeawayEdited, event);
    case EventType::TakeawayCommented:
        return events::dispatch(this, &DisplayState::applyTakeawayCommented, event, event.sessionMs);
    default:
        return Error{ErrorCode::Corrupt, tr("unknown event \"%1\"").arg(EventCatalogue::name(event.type))};
    }
}

Result<void> DisplayState::applyDisplayPinned(const events::DisplayPinned &pinned)
{
    Scene scene{};
    if (!sceneFromKey(pinned.scene, &scene) || scene == Scene::Blank) {
        return Error{ErrorCode::InvalidArgument, tr("unknown scene \"%1\"").arg(pinned.scene)};
    }
    if (scene == Scene::Media && m_mediaId == 0) {
        return Error{ErrorCode::InvalidState, tr("no media file is chosen")};
    }
    m_pinned = true;
    m_pinnedScene = scene;
    m_blank = false;
    return {};
}

Result<void> DisplayState::applyDisplayUnpinned()
{
    m_pinned = false;
    m_blank = false;
    return {};
}

Result<void> DisplayState::applyDisplayBlanked(const events::DisplayBlanked &blanked)
{
    m_blank = blanked.blank;
    return {};
}

Result<void> DisplayState::applyDisplayMessage(const events::DisplayMessage &message)
{
    const QString text = message.text.trimmed();
    if (text.isEmpty() || text.size() > MaxMessageLength) {
        return Error{ErrorCode::InvalidArgument, tr("a message has 1 to %1 characters").arg(MaxMessageLength)};
    }
    m_message = text;
    m_pinned = true;
    m_pinnedScene = Scene::Message;
    m_blank = false;
    return {};
}

Result<void> DisplayState::applyDisplayMedia(const events::DisplayMedia &shown)
{
    const MediaItem *item = mediaItem(shown.media);
    if (!item) {
        return Error{ErrorCode::InvalidArgument, tr("there is no such media file")};
    }
    m_mediaId = item->id;
    m_page = 0;
    m_pinned = true;
    m_pinnedScene = Scene::Media;
    m_blank = false;
    return {};
}

Result<void> DisplayState::applyDisplayPage(const events::DisplayPage &page)
{
    if (m_mediaId == 0 || page.page < 0) {
        return Error{ErrorCode::InvalidArgument, tr("there is no such page")};
    }
    m_page = page.page;
    return {};
}

Result<void> DisplayState::applyDisplayLanguage(const events::DisplayLanguage &language)
{
    m_language = language.language;
    return {};
}

Result<void> DisplayState::applyMediaAdded(const events::MediaAdded &added)
{
    MediaItem item;
    item.id = added.id;
    item.name = added.name;
    item.mimeType = added.mime;
    item.size = added.size;
    if (item.id <= 0 || mediaItem(item.id) || item.name.isEmpty() || item.size < 0
        || !mediaKindFromKey(added.kind, &item.kind)) {
        return Error{ErrorCode::InvalidArgument, tr("the media file's description is not valid")};
    }
    m_media.append(item);
    return {};
}

Result<void> DisplayState::applyMediaRemoved(const events::MediaRemoved &removed)
{
    const int id = removed.id;
    if (!mediaItem(id)) {
        return Error{ErrorCode::InvalidArgument, tr("there is no such media file")};
    }
    m_media.removeIf([id](const MediaItem &item) { return item.id == id; });
    if (m_mediaId == id) {
        m_mediaId = 0;
        m_page = 0;
        if (m_pinned && m_pinnedScene == Scene::Media) {
            m_pinned = false;
        }
    }
    return {};
}

Result<void> DisplayState::applyTakeawayApproved(const events::TakeawayApproved &approved)
{
    Takeaway takeaway{approved.id, approved.text.trimmed(), {}};
    if (takeaway.id <= 0 || takeaway.text.isEmpty() || takeaway.text.size() > MaxTakeawayLength
        || std::any_of(
            m_takeaways.begin(), m_takeaways.end(), [&](const Takeaway &t) { return t.id == takeaway.id; })) {
        return Error{ErrorCode::InvalidArgument, tr("a key takeaway has 1 to %1 characters").arg(MaxTakeawayLength)};
    }
    m_takeaways.append(takeaway);
    return {};
}

Result<void> DisplayState::applyTakeawayWithdrawn(const events::TakeawayWithdrawn &withdrawn)
{
    const int id = withdrawn.id;
    const auto before = m_takeaways.size();
    m_takeaways.removeIf([id](const Takeaway &t) { return t.id == id; });
    if (m_takeaways.size() == before) {
        return Error{ErrorCode::InvalidArgument, tr("there is no such key takeaway")};
    }
    return {};
}

Result<void> DisplayState::applyTakeawayEdited(const events::TakeawayEdited &edited)
{
    const QString text = edited.text.trimmed();
    if (text.isEmpty() || text.size() > MaxTakeawayLength) {
        return Error{ErrorCode::InvalidArgument, tr("a key takeaway has 1 to %1 characters").arg(MaxTakeawayLength)};
    }
    for (Takeaway &takeaway : m_takeaways) {
        if (takeaway.id == edited.id) {
            takeaway.text = text;
            return {};
        }
    }
    return Error{ErrorCode::InvalidArgument, tr("there is no such key takeaway")};
}

Result<void> DisplayState::applyTakeawayCommented(const events::TakeawayCommented &commented, qint64 t)
{
    const QString text = commented.text.trimmed();
    if (text.isEmpty() || text.size() > MaxTakeawayCommentLength) {
        return Error{ErrorCode::InvalidArgument,
                     tr("a comment on a key takeaway has 1 to %1 characters").arg(MaxTakeawayCommentLength)};
    }
    if (commented.participant < 0) {
        return Error{ErrorCode::InvalidArgument, tr("a participant's id is 1 or more (0: not named)")};
    }
    for (Takeaway &takeaway : m_takeaways) {
        if (takeaway.id == commented.takeaway) {
            takeaway.comments.append({text, commented.participant, t});
            return {};
        }
    }
    return Error{ErrorCode::InvalidArgument, tr("there is no such key takeaway")};
}

} // namespace core
