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
};

[[nodiscard]] QString mediaKindKey(MediaKind kind);
[[nodiscard]] bool mediaKindFromKey(const QString &key, MediaKind *kind);

/// A file in the session's media library; its bytes are in the session file.
struct MediaItem
{
    int id = 0;
    QString name; ///< the file name it was added from: plain user text
    MediaKind kind = MediaKind::Image;
    QString mimeType;
    qint64 size = 0;
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

    [[nodiscard]] const QList<MediaItem> &media() const { return m_media; }

    [[nodiscard]] const MediaItem *mediaItem(int id) const;
    [[nodiscard]] int nextMediaId() const;

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
    [[nodiscard]] Result<void> applyDisplayLanguage(const events::DisplayLanguage &language);
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
    QString m_language;
    QList<MediaItem> m_media;
    QList<Takeaway> m_takeaways;
};

} // namespace core
