// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/result.h"
#include "core/rapporteur/transcript.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace core {

/**
 * A video's subtitles: the cues of an SRT or WebVTT file (read with Transcript::parseTimedCues: tags taken
 * out, plain text) and the text to show at a position of the video. Cues may overlap: all that show at a
 * moment are given, in the file's order. Finding it costs O(log n) plus the cues shown.
 */
class Subtitles final
{
    Q_DECLARE_TR_FUNCTIONS(core::Subtitles)

public:
    /// The largest subtitle file accepted: a feature film's subtitles weigh about 100 KB.
    static constexpr qint64 MaxFileBytes = 2LL * 1024 * 1024;

    Subtitles() = default;

    /// Reads SRT or WebVTT text; anything else (or a broken timing) is ErrorCode::Parse with a translated detail.
    [[nodiscard]] static Result<Subtitles> parse(const QString &text);
    /// The same from a file's bytes (UTF-8); more than MaxFileBytes or a NUL byte is refused.
    [[nodiscard]] static Result<Subtitles> fromBytes(const QByteArray &bytes);

    [[nodiscard]] const QList<TimedCue> &cues() const { return m_cues; }

    [[nodiscard]] bool isEmpty() const { return m_cues.isEmpty(); }

    /// The text shown at a position (from the video's start): the cues with start <= position < end, one
    /// under the other; empty between cues.
    [[nodiscard]] QString textAt(qint64 positionMs) const;

    /// The language a subtitle file's name says after the video's base name ("talk.fr.vtt" for "talk": "fr";
    /// "talk.pt-BR.srt": "pt_BR"), or empty. Only codes of two or three letters with an optional region count.
    [[nodiscard]] static QString languageFromFileName(const QString &fileName);

    /// The subtitle files beside a video: in its folder, its base name, optionally a language, and .srt or
    /// .vtt ("talk.mp4": "talk.srt", "talk.en.srt", "talk.fr.vtt"), sorted by name.
    [[nodiscard]] static QStringList besideVideo(const QString &videoPath);

private:
    QList<TimedCue> m_cues;        ///< sorted by start (stable: the file's order among equal starts)
    QList<qint64> m_latestEndUpTo; ///< the latest end among cues 0..i
};

} // namespace core
