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

private:
    // One per report event; apply() dispatches to them.
    [[nodiscard]] Result<void> applyReportField(const events::ReportField &field);
    [[nodiscard]] Result<void> applyReportParticipation(const events::ReportParticipation &participation);
    [[nodiscard]] Result<void> applyTranscriptImported(const events::TranscriptImported &imported);

    QHash<QString, QString> m_fields;
    int m_onsite = 0;
    int m_online = 0;
    int m_women = 0;
    QList<TranscriptTurn> m_transcript;
    QString m_transcriptName;
    std::optional<qint64> m_transcriptZeroAtMs;
};

} // namespace core
