// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/event.h"
#include "core/base/eventpayloads.h"
#include "core/base/result.h"

#include <QCoreApplication>
#include <QList>

namespace core {

/// What the room display shows.
enum class Scene
{
    Agenda,    ///< the items with their times, the current one highlighted
    Speaker,   ///< who holds the floor and their countdown
    Chair,     ///< the invitation to the empty chair, or who sits there
    Media,     ///< an image, a PDF page or a video from the session's media
    Takeaways, ///< the approved key takeaways, for comment
    Message,   ///< a short text from the moderator
    Join,      ///< how to join from a phone: the page's QR code, address and the room PIN
    Groups,    ///< a break-out item's groups and the group work's countdown; at zero, the call to reconvene
    Glossary,  ///< the session's key terms with their explanations
    Blank,     ///< nothing
};

[[nodiscard]] QString sceneKey(Scene scene);
[[nodiscard]] bool sceneFromKey(const QString &key, Scene *scene);

enum class MediaKind
{
    Image, ///< PNG, JPEG and other raster images
    Svg,
    Pdf,
    Video,
    Subtitles, ///< SRT or WebVTT subtitles of a video (MediaItem::subtitlesFor); never shown on their own
};

[[nodiscard]] QString mediaKindKey(MediaKind kind);
[[nodiscard]] bool mediaKindFromKey(const QString &key, MediaKind *kind);

/// How large the room display's caption strip writes its lines (display.captions).
enum class CaptionSize
{
    Small,
    Medium,
    Large,
};

[[nodiscard]] QString captionSizeKey(CaptionSize size);
/// The size a key names; an empty key is Medium. False for any other text.
[[nodiscard]] bool captionSizeFromKey(const QString &key, CaptionSize *size);

/// A file in the session's media library; its bytes are in the session file.
struct MediaItem
{
    int id = 0;
    QString name; ///< the file name it was added from: plain user text
    MediaKind kind = MediaKind::Image;
    QString mimeType;
    qint64 size = 0;
    int subtitlesFor = 0; ///< subtitles: the video's id; else 0
    QString language;     ///< subtitles: their language code ("fr", "pt_BR"); empty when not said
};

/// A key takeaway approved for the room.
/// A comment from the room on an approved takeaway, as the rapporteur recorded it.
struct TakeawayComment
{
    QString text;
    int participant = 0; ///< who said it; 0: not named
    qint64 atMs = 0;     ///< on the session's clock
};

struct Takeaway
{
    int id = 0;
    QString text;
    QList<TakeawayComment> comments;
};

/// A key term of the session with a short explanation, for the room's non-native speakers.
struct GlossaryTerm
{
    static constexpr int MaxTermLength = 120;
    static constexpr int MaxExplanationLength = 500;
    static constexpr int MaxTerms = 200;
    /// The largest id a removed term may be put back with (an undo; new terms count up from the largest id).
    static constexpr int MaxId = 1'000'000;

    int id = 0;
    QString term;        ///< plain text, never empty
    QString explanation; ///< plain text, may be empty

    friend bool operator==(const GlossaryTerm &, const GlossaryTerm &) = default;
};

/**
 * The room display's state, folded from "display.*", "media.*" and "takeaway.*" events: the
 * scene the moderator pinned (or none: then it follows the session), blanking, the message,
 * the media shown and its page, and the room's own language.
 */
class DisplayState final
{
    Q_DECLARE_TR_FUNCTIONS(core::DisplayState)

public:
    [[nodiscard]] static bool handles(EventType type);
    [[nodiscard]] Result<void> apply(const Event &event);

    static constexpr int MaxTakeawayCommentLength = 1000;

    [[nodiscard]] bool isPinned() const { return m_pinned; }

    [[nodiscard]] Scene pinnedScene() const { return m_pinnedScene; }

    [[nodiscard]] bool isBlank() const { return m_blank; }

    [[nodiscard]] const QString &message() const { return m_message; }

    [[nodiscard]] int mediaId() const { return m_mediaId; } ///< 0: none chosen

    [[nodiscard]] int page() const { return m_page; }

    [[nodiscard]] const QString &language() const { return m_language; } ///< empty: as the console

    /// The session's glossary, in the moderator's order.
    [[nodiscard]] const QList<GlossaryTerm> &glossary() const { return m_glossary; }

    [[nodiscard]] const GlossaryTerm *glossaryTerm(int id) const;
    [[nodiscard]] int nextGlossaryId() const;

    /// The glossary term the room display shows over its scene; 0: none.
    [[nodiscard]] int shownTerm() const { return m_shownTerm; }

    [[nodiscard]] static QJsonArray glossaryToJson(const QList<GlossaryTerm> &terms);

    /// A second language the room display shows smaller with the first; empty: none.
    [[nodiscard]] const QString &secondLanguage() const { return m_secondLanguage; }

    /// The content's translation into the language, or an empty string when there is none. Kinds: "item"
    /// (an agenda item's id), "message" (the current message; id 0) and "takeaway" (an approved takeaway's id).
    [[nodiscard]] QString translation(const QString &kind, int id, const QString &language) const;

    /// The languages the content has translations into, for one piece of content.
    [[nodiscard]] QStringList translationLanguages(const QString &kind, int id) const;

    /// Whether a language code has the form the room accepts ("fr", "zh_CN").
    [[nodiscard]] static bool isLanguageCode(const QString &code);

    [[nodiscard]] const QList<MediaItem> &media() const { return m_media; }

    /// Whether the caption strip is shown at the bottom of the room display (display.captions).
    [[nodiscard]] bool captionsShown() const { return m_captionsShown; }

    [[nodiscard]] CaptionSize captionSize() const { return m_captionSize; }

    [[nodiscard]] const MediaItem *mediaItem(int id) const;
    [[nodiscard]] int nextMediaId() const;

    /// The subtitle files of a video, in the order they were added.
    [[nodiscard]] QList<MediaItem> subtitlesOf(int videoId) const;

    /// The sound of the room display's videos (display.volume): 0 to 100, and whether it is off.
    [[nodiscard]] int volume() const { return m_volume; }

    [[nodiscard]] bool isMuted() const { return m_muted; }

    /// Whether the shown video plays (display.playback); a newly shown video waits at its start.
    [[nodiscard]] bool isPlaying() const { return m_playing; }

    /// Where the shown video is at a moment of the session's time axis (it moves on while playing).
    [[nodiscard]] qint64 videoPositionMs(qint64 sessionMs) const;

    /// Counts the playback's changes (played, paused, moved, another media shown), so that a player follows
    /// each once and otherwise keeps its own pace.
    [[nodiscard]] int playbackChanges() const { return m_playbackChanges; }

    [[nodiscard]] const QList<Takeaway> &takeaways() const { return m_takeaways; }

    [[nodiscard]] const Takeaway *takeaway(int id) const;

    [[nodiscard]] int nextTakeawayId() const;

private:
    // One per display, media and takeaway event; apply() dispatches to them.
    [[nodiscard]] Result<void> applyDisplayPinned(const events::DisplayPinned &pinned);
    [[nodiscard]] Result<void> applyDisplayUnpinned();
    [[nodiscard]] Result<void> applyDisplayBlanked(const events::DisplayBlanked &blanked);
    [[nodiscard]] Result<void> applyDisplayMessage(const events::DisplayMessage &message);
    [[nodiscard]] Result<void> applyDisplayMedia(const events::DisplayMedia &shown);
    [[nodiscard]] Result<void> applyDisplayPage(const events::DisplayPage &page);
    [[nodiscard]] Result<void> applyDisplayVolume(const events::DisplayVolume &volume);
    [[nodiscard]] Result<void> applyDisplayPlayback(const events::DisplayPlayback &playback, qint64 t);
    [[nodiscard]] Result<void> applyDisplayLanguage(const events::DisplayLanguage &language);
    [[nodiscard]] Result<void> applyDisplayCaptions(const events::DisplayCaptions &captions);
    [[nodiscard]] Result<void> applyContentTranslated(const events::ContentTranslated &translated);
    [[nodiscard]] Result<void> applyGlossaryEdited(const events::GlossaryEdited &edited);
    [[nodiscard]] Result<void> applyDisplayTerm(const events::DisplayTerm &shown);
    [[nodiscard]] Result<void> applyMediaAdded(const events::MediaAdded &added);
    [[nodiscard]] Result<void> applyMediaRemoved(const events::MediaRemoved &removed);
    [[nodiscard]] Result<void> applyTakeawayApproved(const events::TakeawayApproved &approved);
    [[nodiscard]] Result<void> applyTakeawayWithdrawn(const events::TakeawayWithdrawn &withdrawn);
    [[nodiscard]] Result<void> applyTakeawayEdited(const events::TakeawayEdited &edited);
    [[nodiscard]] Result<void> applyTakeawayCommented(const events::TakeawayCommented &commented, qint64 t);

    bool m_pinned = false;
    Scene m_pinnedScene = Scene::Agenda;
    bool m_blank = false;
    QString m_message;
    int m_mediaId = 0;
    int m_page = 0;
    int m_volume = 100;
    bool m_muted = false;
    bool m_playing = false;
    qint64 m_positionMs = 0;   ///< the video's position at m_playbackAtMs
    qint64 m_playbackAtMs = 0; ///< on the session's axis
    int m_playbackChanges = 0;
    QString m_language;
    QString m_secondLanguage;
    QList<GlossaryTerm> m_glossary;
    int m_shownTerm = 0;
    /// "kind:id" -> language -> text
    QHash<QString, QHash<QString, QString>> m_translations;
    QList<MediaItem> m_media;
    QList<Takeaway> m_takeaways;
    bool m_captionsShown = false;
    CaptionSize m_captionSize = CaptionSize::Medium;
};

} // namespace core
