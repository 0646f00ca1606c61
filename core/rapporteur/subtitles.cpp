// SPDX-License-Identifier: MIT
#include "core/rapporteur/subtitles.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace core {

Result<Subtitles> Subtitles::parse(const QString &text)
{
    auto cues = Transcript::parseTimedCues(text);
    if (!cues) {
        return cues.error();
    }
    Subtitles subtitles;
    subtitles.m_cues = std::move(cues).value();
    std::stable_sort(subtitles.m_cues.begin(), subtitles.m_cues.end(), [](const TimedCue &a, const TimedCue &b) {
        return a.startMs < b.startMs;
    });
    qint64 latest = -1;
    subtitles.m_latestEndUpTo.reserve(subtitles.m_cues.size());
    for (const TimedCue &cue : std::as_const(subtitles.m_cues)) {
        latest = std::max(latest, cue.endMs);
        subtitles.m_latestEndUpTo.append(latest);
    }
    return subtitles;
}

Result<Subtitles> Subtitles::fromBytes(const QByteArray &bytes)
{
    if (bytes.size() > MaxFileBytes) {
        //: %1 is the largest subtitle file accepted, like "2 MB"
        return Error{ErrorCode::InvalidArgument,
                     tr("a subtitle file may be at most %1").arg(QLocale().formattedDataSize(MaxFileBytes))};
    }
    if (bytes.contains('\0')) {
        return Error{ErrorCode::Parse, tr("the subtitles are not a text file")};
    }
    return parse(QString::fromUtf8(bytes));
}

QString Subtitles::textAt(qint64 positionMs) const
{
    // The cues that started by now; of them, those not yet ended, found walking back while any could be.
    const auto after = std::upper_bound(
        m_cues.cbegin(), m_cues.cend(), positionMs, [](qint64 at, const TimedCue &cue) { return at < cue.startMs; });
    qsizetype i = (after - m_cues.cbegin()) - 1;
    QStringList shown;
    for (; i >= 0 && m_latestEndUpTo.at(i) > positionMs; --i) {
        const TimedCue &cue = m_cues.at(i);
        if (cue.endMs > positionMs && !cue.text.isEmpty()) {
            shown.prepend(cue.text);
        }
    }
    return shown.join(u'\n');
}

QString Subtitles::languageFromFileName(const QString &fileName)
{
    // talk.fr.vtt, talk.pt-BR.srt, talk.zh_CN.srt: the part before the extension.
    static const QRegularExpression pattern(u"\\.([a-zA-Z]{2,3})(?:[-_]([a-zA-Z]{2}))?\\.(?:srt|vtt)$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(fileName);
    if (!match.hasMatch()) {
        return {};
    }
    QString code = match.captured(1).toLower();
    if (match.hasCaptured(2) && !match.captured(2).isEmpty()) {
        code += u'_' + match.captured(2).toUpper();
    }
    return code;
}

QStringList Subtitles::besideVideo(const QString &videoPath)
{
    const QFileInfo video(videoPath);
    const QString base = video.completeBaseName();
    if (base.isEmpty()) {
        return {};
    }
    QStringList found;
    const QFileInfoList candidates =
        video.dir().entryInfoList({u"*.srt"_s, u"*.vtt"_s, u"*.SRT"_s, u"*.VTT"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &candidate : candidates) {
        const QString name = candidate.fileName();
        if (!name.startsWith(base)) {
            continue;
        }
        // Only the base name and a language: "talk2.srt" and "talk.director's cut.srt" belong to other videos.
        const QString rest = name.mid(base.size()); // ".srt" or ".fr.vtt"
        const qsizetype dots = rest.count(u'.');
        if (rest.startsWith(u'.') && (dots == 1 || (dots == 2 && !languageFromFileName(name).isEmpty()))) {
            found.append(candidate.filePath());
        }
    }
    found.removeDuplicates();
    return found;
}

} // namespace core
