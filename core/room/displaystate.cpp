// SPDX-License-Identifier: MIT
#include "core/room/displaystate.h"

#include "core/base/eventcatalogue.h"
#include "core/base/jsonnumber.h"

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
    return type >= EventType::MediaAdded && type <= EventType::TakeawayWithdrawn;
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
    const QJsonObject &data = event.data;
    switch (event.type) {
    case EventType::DisplayPinned:
        return applyDisplayPinned(data);
    case EventType::DisplayUnpinned:
        return applyDisplayUnpinned();
    case EventType::DisplayBlanked:
        return applyDisplayBlanked(data);
    case EventType::DisplayMessage:
        return applyDisplayMessage(data);
    case EventType::DisplayMedia:
        return applyDisplayMedia(data);
    case EventType::DisplayPage:
        return applyDisplayPage(data);
    case EventType::DisplayLanguage:
        return applyDisplayLanguage(data);
    case EventType::MediaAdded:
        return applyMediaAdded(data);
    case EventType::MediaRemoved:
        return applyMediaRemoved(data);
    case EventType::TakeawayApproved:
        return applyTakeawayApproved(data);
    case EventType::TakeawayWithdrawn:
        return applyTakeawayWithdrawn(data);
    default:
        return Error{ErrorCode::Corrupt, tr("unknown event \"%1\"").arg(EventCatalogue::name(event.type))};
    }
}

Result<void> DisplayState::applyDisplayPinned(const QJsonObject &data)
{
    Scene scene{};
    if (!sceneFromKey(data.value(u"scene").toString(), &scene) || scene == Scene::Blank) {
        return Error{ErrorCode::InvalidArgument, tr("unknown scene \"%1\"").arg(data.value(u"scene").toString())};
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

Result<void> DisplayState::applyDisplayBlanked(const QJsonObject &data)
{
    m_blank = data.value(u"blank").toBool();
    return {};
}

Result<void> DisplayState::applyDisplayMessage(const QJsonObject &data)
{
    const QString text = data.value(u"text").toString().trimmed();
    if (text.isEmpty() || text.size() > MaxMessageLength) {
        return Error{ErrorCode::InvalidArgument, tr("a message has 1 to %1 characters").arg(MaxMessageLength)};
    }
    m_message = text;
    m_pinned = true;
    m_pinnedScene = Scene::Message;
    m_blank = false;
    return {};
}

Result<void> DisplayState::applyDisplayMedia(const QJsonObject &data)
{
    const MediaItem *item = mediaItem(data.value(u"media").toInt(-1));
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

Result<void> DisplayState::applyDisplayPage(const QJsonObject &data)
{
    const int page = data.value(u"page").toInt(-1);
    if (m_mediaId == 0 || page < 0) {
        return Error{ErrorCode::InvalidArgument, tr("there is no such page")};
    }
    m_page = page;
    return {};
}

Result<void> DisplayState::applyDisplayLanguage(const QJsonObject &data)
{
    m_language = data.value(u"language").toString();
    return {};
}

Result<void> DisplayState::applyMediaAdded(const QJsonObject &data)
{
    MediaItem item;
    item.id = data.value(u"id").toInt(-1);
    item.name = data.value(u"name").toString();
    item.mimeType = data.value(u"mime").toString();
    item.size = jsonMs(data.value(u"size"), -1);
    if (item.id <= 0 || mediaItem(item.id) || item.name.isEmpty() || item.size < 0
        || !mediaKindFromKey(data.value(u"kind").toString(), &item.kind)) {
        return Error{ErrorCode::InvalidArgument, tr("the media file's description is not valid")};
    }
    m_media.append(item);
    return {};
}

Result<void> DisplayState::applyMediaRemoved(const QJsonObject &data)
{
    const int id = data.value(u"id").toInt(-1);
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

Result<void> DisplayState::applyTakeawayApproved(const QJsonObject &data)
{
    Takeaway takeaway{data.value(u"id").toInt(-1), data.value(u"text").toString().trimmed()};
    if (takeaway.id <= 0 || takeaway.text.isEmpty() || takeaway.text.size() > MaxTakeawayLength
        || std::any_of(
            m_takeaways.begin(), m_takeaways.end(), [&](const Takeaway &t) { return t.id == takeaway.id; })) {
        return Error{ErrorCode::InvalidArgument, tr("a key takeaway has 1 to %1 characters").arg(MaxTakeawayLength)};
    }
    m_takeaways.append(takeaway);
    return {};
}

Result<void> DisplayState::applyTakeawayWithdrawn(const QJsonObject &data)
{
    const int id = data.value(u"id").toInt(-1);
    const auto before = m_takeaways.size();
    m_takeaways.removeIf([id](const Takeaway &t) { return t.id == id; });
    if (m_takeaways.size() == before) {
        return Error{ErrorCode::InvalidArgument, tr("there is no such key takeaway")};
    }
    return {};
}

} // namespace core
