// SPDX-License-Identifier: MIT
#include "core/room/displaystate.h"

#include "core/base/eventcatalogue.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>

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
    {Scene::Groups, u"groups"},
    {Scene::Glossary, u"glossary"},
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
    {MediaKind::Subtitles, u"subtitles"},
};

constexpr int MaxMessageLength = 500;

/// The key of a piece of translated content.
QString contentKey(const QString &kind, int id)
{
    return kind + u':' + QString::number(id);
}

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

QString captionSizeKey(CaptionSize size)
{
    switch (size) {
    case CaptionSize::Small:
        return u"small"_s;
    case CaptionSize::Medium:
        return u"medium"_s;
    case CaptionSize::Large:
        return u"large"_s;
    }
    return {};
}

bool captionSizeFromKey(const QString &key, CaptionSize *size)
{
    for (CaptionSize candidate : {CaptionSize::Small, CaptionSize::Medium, CaptionSize::Large}) {
        if (key == captionSizeKey(candidate)) {
            *size = candidate;
            return true;
        }
    }
    if (key.isEmpty()) {
        *size = CaptionSize::Medium;
        return true;
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

QList<MediaItem> DisplayState::subtitlesOf(int videoId) const
{
    QList<MediaItem> found;
    for (const auto &item : m_media) {
        if (item.kind == MediaKind::Subtitles && item.subtitlesFor == videoId) {
            found.append(item);
        }
    }
    return found;
}

qint64 DisplayState::videoPositionMs(qint64 sessionMs) const
{
    return m_playing ? m_positionMs + std::max<qint64>(0, sessionMs - m_playbackAtMs) : m_positionMs;
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
    // A playing video stops where it is when the room display turns away from it (blanked, another scene, a
    // message), its sound with it; played again, it goes on from there.
    if (m_playing
        && ((event.type == EventType::DisplayPinned && event.data.value(u"scene").toString() != sceneKey(Scene::Media))
            || event.type == EventType::DisplayUnpinned || event.type == EventType::DisplayMessage
            || (event.type == EventType::DisplayBlanked && event.data.value(u"blank").toBool()))) {
        m_positionMs = videoPositionMs(event.sessionMs);
        m_playbackAtMs = event.sessionMs;
        m_playing = false;
        ++m_playbackChanges;
    }
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
    case EventType::DisplayVolume:
        return events::dispatch(this, &DisplayState::applyDisplayVolume, event);
    case EventType::DisplayPlayback:
        return events::dispatch(this, &DisplayState::applyDisplayPlayback, event, event.sessionMs);
    case EventType::DisplayLanguage:
        return events::dispatch(this, &DisplayState::applyDisplayLanguage, event);
    case EventType::ContentTranslated:
        return events::dispatch(this, &DisplayState::applyContentTranslated, event);
    case EventType::GlossaryEdited:
        return events::dispatch(this, &DisplayState::applyGlossaryEdited, event);
    case EventType::DisplayTerm:
        return events::dispatch(this, &DisplayState::applyDisplayTerm, event);
    case EventType::DisplayCaptions:
        return events::dispatch(this, &DisplayState::applyDisplayCaptions, event);
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
    if (text != m_message) {
        m_translations.remove(contentKey(u"message"_s, 0)); // they translated the message before
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
    if (item->kind == MediaKind::Subtitles) {
        return Error{ErrorCode::InvalidArgument, tr("subtitles are shown with their video, not on their own")};
    }
    m_mediaId = item->id;
    m_page = 0;
    m_playing = false; // a video waits at its start for the moderator
    m_positionMs = 0;
    ++m_playbackChanges;
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

Result<void> DisplayState::applyDisplayVolume(const events::DisplayVolume &volume)
{
    if (volume.volume < 0 || volume.volume > 100) {
        return Error{ErrorCode::InvalidArgument, tr("the volume is 0 to 100")};
    }
    m_volume = volume.volume;
    m_muted = volume.muted;
    return {};
}

Result<void> DisplayState::applyDisplayPlayback(const events::DisplayPlayback &playback, qint64 t)
{
    const MediaItem *item = mediaItem(m_mediaId);
    if (!item || item->kind != MediaKind::Video) {
        return Error{ErrorCode::InvalidState, tr("no video is chosen for the room display")};
    }
    if (playback.positionMs < 0) {
        return Error{ErrorCode::InvalidArgument, tr("a position in a video is not negative")};
    }
    m_playing = playback.playing;
    m_positionMs = playback.positionMs;
    m_playbackAtMs = t;
    ++m_playbackChanges;
    return {};
}

Result<void> DisplayState::applyDisplayLanguage(const events::DisplayLanguage &language)
{
    const QString second = language.second.value_or(QString());
    if ((!language.language.isEmpty() && !isLanguageCode(language.language))
        || (!second.isEmpty() && !isLanguageCode(second))) {
        return Error{ErrorCode::InvalidArgument,
                     tr("\"%1\" is not a language code").arg(language.language + u' ' + second)};
    }
    m_language = language.language;
    m_secondLanguage = second;
    return {};
}

bool DisplayState::isLanguageCode(const QString &code)
{
    static const QRegularExpression pattern(u"^[a-z]{2,3}(_[A-Z]{2})?$"_s);
    return pattern.match(code).hasMatch();
}

QString DisplayState::translation(const QString &kind, int id, const QString &language) const
{
    if (language.isEmpty()) {
        return {};
    }
    const auto found = m_translations.constFind(contentKey(kind, id));
    return found == m_translations.constEnd() ? QString() : found->value(language);
}

QStringList DisplayState::translationLanguages(const QString &kind, int id) const
{
    QStringList languages = m_translations.value(contentKey(kind, id)).keys();
    languages.sort();
    return languages;
}

const GlossaryTerm *DisplayState::glossaryTerm(int id) const
{
    for (const GlossaryTerm &term : m_glossary) {
        if (term.id == id) {
            return &term;
        }
    }
    return nullptr;
}

int DisplayState::nextGlossaryId() const
{
    int id = 0;
    for (const GlossaryTerm &term : m_glossary) {
        id = std::max(id, term.id);
    }
    // A log may hold any positive id: at the largest int, the session refuses the new term as a duplicate id.
    return id < std::numeric_limits<int>::max() ? id + 1 : id;
}

QJsonArray DisplayState::glossaryToJson(const QList<GlossaryTerm> &terms)
{
    QJsonArray array;
    for (const GlossaryTerm &term : terms) {
        QJsonObject object{{u"id"_s, term.id}, {u"term"_s, term.term}};
        if (!term.explanation.isEmpty()) {
            object.insert(u"explanation"_s, term.explanation);
        }
        array.append(object);
    }
    return array;
}

Result<void> DisplayState::applyGlossaryEdited(const events::GlossaryEdited &edited)
{
    if (edited.terms.size() > GlossaryTerm::MaxTerms) {
        return Error{ErrorCode::InvalidArgument, tr("a glossary has at most %1 terms").arg(GlossaryTerm::MaxTerms)};
    }
    QList<GlossaryTerm> terms;
    QSet<int> ids;
    for (const QJsonValue &value : edited.terms) {
        const QJsonObject object = value.toObject();
        GlossaryTerm term;
        term.id = object.value(u"id"_s).toInt();
        term.term = object.value(u"term"_s).toString().trimmed();
        term.explanation = object.value(u"explanation"_s).toString().trimmed();
        if (term.id <= 0 || ids.contains(term.id)) {
            return Error{ErrorCode::InvalidArgument, tr("each glossary term needs an id of its own")};
        }
        if (term.term.isEmpty() || term.term.size() > GlossaryTerm::MaxTermLength
            || term.explanation.size() > GlossaryTerm::MaxExplanationLength) {
            return Error{ErrorCode::InvalidArgument,
                         tr("a glossary term has 1 to %1 characters and its explanation at most %2")
                             .arg(GlossaryTerm::MaxTermLength)
                             .arg(GlossaryTerm::MaxExplanationLength)};
        }
        ids.insert(term.id);
        terms.append(term);
    }
    // A removed term takes its translations with it, and leaves the room display.
    for (const GlossaryTerm &old : std::as_const(m_glossary)) {
        if (!ids.contains(old.id)) {
            m_translations.remove(contentKey(u"term"_s, old.id));
            m_translations.remove(contentKey(u"explanation"_s, old.id));
        }
    }
    m_glossary = terms;
    if (!ids.contains(m_shownTerm)) {
        m_shownTerm = 0;
    }
    return {};
}

Result<void> DisplayState::applyDisplayTerm(const events::DisplayTerm &shown)
{
    if (shown.term != 0 && !glossaryTerm(shown.term)) {
        return Error{ErrorCode::InvalidArgument, tr("there is no glossary term %1").arg(shown.term)};
    }
    m_shownTerm = shown.term;
    return {};
}

Result<void> DisplayState::applyContentTranslated(const events::ContentTranslated &translated)
{
    if (!isLanguageCode(translated.language)) {
        return Error{ErrorCode::InvalidArgument, tr("\"%1\" is not a language code").arg(translated.language)};
    }
    if (translated.kind == u"takeaway"_s) {
        if (!takeaway(translated.id)) {
            return Error{ErrorCode::InvalidArgument, tr("there is no approved takeaway %1").arg(translated.id)};
        }
    } else if (translated.kind == u"message"_s) {
        if (translated.id != 0) {
            return Error{ErrorCode::InvalidArgument, tr("the message's translation has no id")};
        }
    } else if (translated.kind == u"term"_s || translated.kind == u"explanation"_s) {
        if (!glossaryTerm(translated.id)) {
            return Error{ErrorCode::InvalidArgument, tr("there is no glossary term %1").arg(translated.id)};
        }
    } else if (translated.kind == u"question"_s) {
        if (translated.id < 0) {
            return Error{ErrorCode::InvalidArgument, tr("there is no policy question %1").arg(translated.id + 1)};
        }
    } else if (translated.kind != u"item"_s || translated.id <= 0) {
        return Error{ErrorCode::InvalidArgument,
                     tr("\"%1\" is not something that can be translated").arg(translated.kind)};
    }
    const QString text = translated.text.trimmed();
    if (text.size() > MaxMessageLength) {
        return Error{ErrorCode::InvalidArgument, tr("a translation has at most %1 characters").arg(MaxMessageLength)};
    }
    const QString key = contentKey(translated.kind, translated.id);
    if (text.isEmpty()) {
        auto found = m_translations.find(key);
        if (found != m_translations.end()) {
            found->remove(translated.language);
            if (found->isEmpty()) {
                m_translations.erase(found);
            }
        }
        return {};
    }
    m_translations[key].insert(translated.language, text);
    return {};
}

Result<void> DisplayState::applyDisplayCaptions(const events::DisplayCaptions &captions)
{
    CaptionSize size{};
    if (!captionSizeFromKey(captions.size, &size)) {
        return Error{ErrorCode::InvalidArgument,
                     tr("a caption size is small, medium or large, not \"%1\"").arg(captions.size.left(40))};
    }
    m_captionsShown = captions.shown;
    m_captionSize = size;
    return {};
}

Result<void> DisplayState::applyMediaAdded(const events::MediaAdded &added)
{
    MediaItem item;
    item.id = added.id;
    item.name = added.name;
    item.mimeType = added.mime;
    item.size = added.size;
    item.subtitlesFor = added.subtitlesFor.value_or(0);
    item.language = added.language.value_or(QString());
    if (item.id <= 0 || mediaItem(item.id) || item.name.isEmpty() || item.size < 0
        || !mediaKindFromKey(added.kind, &item.kind)) {
        return Error{ErrorCode::InvalidArgument, tr("the media file's description is not valid")};
    }
    if (item.kind == MediaKind::Subtitles || item.subtitlesFor != 0) {
        const MediaItem *video = mediaItem(item.subtitlesFor);
        if (item.kind != MediaKind::Subtitles || !video || video->kind != MediaKind::Video) {
            return Error{ErrorCode::InvalidArgument, tr("subtitles belong to a video of the session")};
        }
        if (!item.language.isEmpty() && !isLanguageCode(item.language)) {
            return Error{ErrorCode::InvalidArgument, tr("\"%1\" is not a language code").arg(item.language.left(40))};
        }
    } else if (!item.language.isEmpty()) {
        return Error{ErrorCode::InvalidArgument, tr("only subtitles have a language")};
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
    // A video's subtitles go with it.
    m_media.removeIf([id](const MediaItem &item) { return item.id == id || item.subtitlesFor == id; });
    if (m_mediaId == id) {
        m_mediaId = 0;
        m_page = 0;
        m_playing = false;
        m_positionMs = 0;
        ++m_playbackChanges;
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
