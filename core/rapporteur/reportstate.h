// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/event.h"
#include "core/base/eventpayloads.h"
#include "core/base/result.h"
#include "core/rapporteur/transcript.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace core {

/// A caption line (caption.line) kept as a turn of the session's transcript.
struct CaptionTurn
{
    TranscriptTurn turn; ///< its line is ReportState::FirstCaptionLine + its position; startMs stays -1
    qint64 atMs = 0;     ///< when it was said, on the session's axis
    int participant = 0; ///< who spoke, when the captioner said so; 0: not known
};

/// The rapporteur's report work folded from "report.*" and "transcript.*" events: the text written
/// for each field of the IGF report, the participation counters, and the imported transcript.
class ReportState final
{
    Q_DECLARE_TR_FUNCTIONS(core::ReportState)

public:
    /// The eight fields of the IGF 2019 long report, in order.
    [[nodiscard]] static QStringList fieldKeys();
    /// The short report's two lists, one line each: "takeaways" and "calls_to_action" (vocabulary 5).
    [[nodiscard]] static QStringList shortReportKeys();

    [[nodiscard]] static bool handles(EventType type);
    [[nodiscard]] Result<void> apply(const Event &event);

    [[nodiscard]] QString field(const QString &key) const { return m_fields.value(key); }

    [[nodiscard]] int onsite() const { return m_onsite; }

    [[nodiscard]] int online() const { return m_online; }

    [[nodiscard]] int women() const { return m_women; }

    [[nodiscard]] const QList<TranscriptTurn> &transcript() const { return m_transcript; }

    [[nodiscard]] const QString &transcriptName() const { return m_transcriptName; }

    /// When the transcript's 00:00 was, on the session's axis, as set at import; empty when it was not
    /// (then it is the clock's first start, see TranscriptAlignment).
    [[nodiscard]] std::optional<qint64> transcriptZeroAtMs() const { return m_transcriptZeroAtMs; }

    /// The caption lines received during the session (caption.line), oldest first; an imported
    /// transcript does not replace them.
    [[nodiscard]] const QList<CaptionTurn> &captions() const { return m_captions; }

    /// The line number of the first caption turn, above any line of an imported transcript file, so
    /// that a drafted sentence's lines name a caption or an imported turn without doubt.
    static constexpr int FirstCaptionLine = 10'000'001;
    /// The longest caption line and speaker name accepted.
    static constexpr int MaxCaptionChars = 1000;
    static constexpr int MaxCaptionSpeakerChars = 200;

private:
    // One per report event; apply() dispatches to them.
    [[nodiscard]] Result<void> applyReportField(const events::ReportField &field);
    [[nodiscard]] Result<void> applyReportParticipation(const events::ReportParticipation &participation);
    [[nodiscard]] Result<void> applyTranscriptImported(const events::TranscriptImported &imported);
    [[nodiscard]] Result<void> applyCaptionLine(const events::CaptionLine &caption, qint64 t);

    QHash<QString, QString> m_fields;
    int m_onsite = 0;
    int m_online = 0;
    int m_women = 0;
    QList<TranscriptTurn> m_transcript;
    QString m_transcriptName;
    std::optional<qint64> m_transcriptZeroAtMs;
    QList<CaptionTurn> m_captions;
};

} // namespace core
