// SPDX-License-Identifier: MIT
#include "ui/screenshot.h"

#include "core/base/clock.h"
#include "core/io/proposalimporter.h"
#include "core/io/replayscript.h"
#include "core/session/session.h"
#include "core/share/shareclient.h"
#include "net/sharingconnection.h"
#include "ui/agendaeditor.h"
#include "ui/breakoutdialog.h"
#include "ui/briefingdialog.h"
#include "ui/commands/sessionundo.h"
#include "ui/mainwindow.h"
#include "ui/peopleeditor.h"
#include "ui/proposalimportdialog.h"
#include "ui/reportdialog.h"
#include "ui/roomcontrol.h"
#include "ui/roomrenderer.h"
#include "ui/sessiondetailsdialog.h"
#include "ui/sharedialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QVideoFrame>
#include <QVideoSink>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace ui {

namespace {

/// Three slides, as a speaker would bring them.
core::Result<QString> writeSlides(const QTemporaryDir &work)
{
    const QString path = work.filePath(u"charter-of-trust.pdf"_s);
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QSizeF(254, 142.875), QPageSize::Millimeter)); // 16:9 slides
    writer.setPageMargins({});
    writer.setResolution(96);
    QPainter painter(&writer);
    const QStringList titles{u"Charter of Trust"_s,
                             u"Principle 2: Responsibility throughout the supply chain"_s,
                             u"Baseline requirements"_s};
    const QStringList bodies{
        u"IT security in the global supply chain\nIGF 2019, WS #195"_s,
        u"Companies, and where necessary governments, establish risk-based rules that ensure "
        "adequate protection across all IoT layers."_s,
        u"Identity and access management\nEncryption\nContinuous protection: updates, upgrades and "
        "patches throughout the lifecycle"_s};
    for (int page = 0; page < titles.size(); ++page) {
        if (page > 0) {
            writer.newPage();
        }
        const QRect area = painter.viewport();
        painter.fillRect(area, QColor(0x0D, 0x2A, 0x45));
        QFont font = painter.font();
        font.setPixelSize(area.height() / 11);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(area.adjusted(area.width() / 14, area.height() / 10, -area.width() / 14, 0),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         titles.at(page));
        font.setPixelSize(area.height() / 18);
        font.setBold(false);
        painter.setFont(font);
        painter.setPen(QColor(0xBB, 0xDE, 0xFB));
        painter.drawText(area.adjusted(area.width() / 14, area.height() * 45 / 100, -area.width() / 14, 0),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         bodies.at(page));
    }
    if (!painter.end()) {
        return core::Error{core::ErrorCode::Io, path};
    }
    return path;
}

core::Result<void> saveScene(RoomRenderer *renderer, const QString &directory, const QString &name)
{
    const QString target = QDir(directory).filePath(u"room-%1.png"_s.arg(name));
    if (!renderer->render(QSize(RoomRenderer::CanvasWidth, RoomRenderer::CanvasHeight)).save(target)) {
        return core::Error{core::ErrorCode::Io, target};
    }
    return {};
}

/// Each room display scene at 1920x1080: room-agenda.png, room-speaker.png, room-chair.png,
/// room-media-image.png, room-media-pdf.png, room-takeaways.png, room-message.png.
core::Result<void> renderRoomScenes(MainWindow &window, const QTemporaryDir &work, const QString &directory)
{
    core::Session *session = window.session();
    RoomRenderer *renderer = window.room()->renderer();
    const std::pair<core::Scene, const char16_t *> pinned[] = {
        {core::Scene::Agenda, u"agenda"}, {core::Scene::Speaker, u"speaker"}, {core::Scene::Chair, u"chair"}};
    for (const auto &[scene, name] : pinned) {
        if (auto ok = session->execute(core::commands::PinScene{core::sceneKey(scene)}); !ok) {
            return ok.error();
        }
        if (auto ok = saveScene(renderer, directory, QString::fromUtf16(name)); !ok) {
            return ok;
        }
    }
    const QString infographic = work.filePath(u"supply-chain.svg"_s);
    if (!QFile::copy(u":/infographics/supply-chain.svg"_s, infographic)) {
        return core::Error{core::ErrorCode::Io, infographic};
    }
    if (auto ok = window.room()->addAndShowMedia(infographic); !ok) {
        return ok;
    }
    if (auto ok = saveScene(renderer, directory, u"media-image"_s); !ok) {
        return ok;
    }
    auto slides = writeSlides(work);
    if (!slides) {
        return slides.error();
    }
    if (auto ok = window.room()->addAndShowMedia(slides.value()); !ok) {
        return ok;
    }
    window.room()->turnPage(+1);
    if (auto ok = saveScene(renderer, directory, u"media-pdf"_s); !ok) {
        return ok;
    }
    for (
        const QString &text :
        {u"Security is only as strong as the weakest link: baseline requirements must hold along the whole supply chain."_s,
         u"Industry cannot do it alone: governments enforce minimum requirements, civil society keeps them accountable."_s,
         u"Updates and patches for a product's whole lifecycle should be part of every purchase."_s}) {
        if (auto id = session->execute(core::commands::ApproveTakeaway{text}); !id) {
            return id.error();
        }
    }
    if (auto ok = session->execute(core::commands::PinScene{core::sceneKey(core::Scene::Takeaways)}); !ok) {
        return ok.error();
    }
    if (auto ok = saveScene(renderer, directory, u"takeaways"_s); !ok) {
        return ok;
    }
    if (auto ok = session->execute(core::commands::ShowMessage{QCoreApplication::translate(
            "ui::Screenshot", "Coffee break: we continue at 15:15 with the summary of the discussion.")});
        !ok) {
        return ok.error();
    }
    return saveScene(renderer, directory, u"message"_s);
}

/// The room display in two languages, with the session's content translated:
/// room-<scene>-bilingual-<first>-<second>.png for English with French, English with Arabic and Chinese with English,
/// the glossary (room-glossary.png) and one term over the speaker's scene (room-term.png). The room goes back to one
/// language afterwards.
core::Result<void> renderBilingual(MainWindow &window, const QString &directory)
{
    core::Session *session = window.session();
    RoomRenderer *renderer = window.room()->renderer();
    QList<core::Command> commands;
    // The demo's agenda titles, takeaways and key terms, as a translator would enter them.
    const std::pair<QString, QStringList> items[] = {
        {u"Introduction of speakers and ice-breaker"_s,
         {u"Présentation des intervenants et brise-glace"_s,
          u"تقديم المتحدثين وكسر الجليد"_s,
          u"介绍发言人和破冰环节"_s}},
        {u"Speakers and audience input"_s,
         {u"Intervenants et contributions du public"_s, u"المتحدثون ومداخلات الحضور"_s, u"发言人与听众发言"_s}},
        {u"Audience input"_s, {u"Contributions du public"_s, u"مداخلات الحضور"_s, u"听众发言"_s}},
        {u"Summary and key takeaways"_s,
         {u"Synthèse et points clés"_s, u"الملخص والاستنتاجات الرئيسية"_s, u"总结与关键要点"_s}},
    };
    const QStringList languages{u"fr"_s, u"ar"_s, u"zh_CN"_s};
    const core::Agenda &agenda = session->state().agenda();
    for (int index = 0; index < agenda.size(); ++index) {
        for (const auto &[title, translations] : items) {
            if (agenda.item(index).title == title) {
                for (int l = 0; l < languages.size(); ++l) {
                    commands.append(core::commands::TranslateContent{
                        u"item"_s, agenda.item(index).id, languages.at(l), translations.at(l)});
                }
            }
        }
    }
    const QList<QStringList> takeaways{
        {u"La sécurité ne vaut que par son maillon le plus faible : les exigences de base doivent s'appliquer tout au "
         u"long de la chaîne d'approvisionnement."_s,
         u"الأمن لا يكون أقوى من أضعف حلقاته: يجب أن تسري المتطلبات الأساسية على سلسلة التوريد بأكملها."_s,
         u"安全取决于最薄弱的环节：基本要求必须贯穿整个供应链。"_s},
        {u"L'industrie ne peut pas agir seule : les gouvernements imposent des exigences minimales, la société civile "
         u"leur demande des comptes."_s,
         u"لا تستطيع الصناعة أن تعمل وحدها: الحكومات تفرض الحد الأدنى من المتطلبات، والمجتمع المدني يخضعها للمساءلة."_s,
         u"产业无法单独完成：政府执行最低要求，公民社会对其进行问责。"_s},
        {u"Les mises à jour et correctifs pour tout le cycle de vie d'un produit devraient faire partie de chaque "
         u"achat."_s,
         u"ينبغي أن تكون التحديثات والتصحيحات طوال دورة حياة المنتج جزءًا من كل عملية شراء."_s,
         u"产品整个生命周期的更新和补丁应成为每次采购的一部分。"_s},
    };
    const QList<core::Takeaway> &approved = session->state().display().takeaways();
    for (int t = 0; t < std::min(approved.size(), takeaways.size()); ++t) {
        for (int l = 0; l < languages.size(); ++l) {
            commands.append(core::commands::TranslateContent{
                u"takeaway"_s, approved.at(t).id, languages.at(l), takeaways.at(t).at(l)});
        }
    }
    for (const core::Command &command : std::as_const(commands)) {
        if (auto ok = session->execute(command); !ok) {
            return ok.error();
        }
    }

    const struct
    {
        QString term;
        QString explanation;
        QStringList translations; // term and explanation, in French, Arabic and Chinese
    } glossary[] = {
        {u"baseline requirements"_s,
         u"The minimum security measures every product and supplier must meet."_s,
         {u"exigences de base"_s,
          u"Les mesures de sécurité minimales que tout produit et tout fournisseur doivent respecter."_s,
          u"المتطلبات الأساسية"_s,
          u"الحد الأدنى من تدابير الأمان التي يجب أن يستوفيها كل منتج وكل مورد."_s,
          u"基本要求"_s,
          u"每个产品和供应商都必须达到的最低安全措施。"_s}},
        {u"supply chain"_s,
         u"Everyone who designs, builds, ships or services a part of a product."_s,
         {u"chaîne d'approvisionnement"_s,
          u"Tous ceux qui conçoivent, fabriquent, livrent ou entretiennent une partie d'un produit."_s,
          u"سلسلة التوريد"_s,
          u"كل من يصمم جزءًا من المنتج أو يصنعه أو يشحنه أو يصونه."_s,
          u"供应链"_s,
          u"设计、制造、运输或维护产品任一部分的所有参与者。"_s}},
        {u"certification"_s,
         u"An independent check that a product meets a published standard."_s,
         {u"certification"_s,
          u"Une vérification indépendante qu'un produit respecte une norme publiée."_s,
          u"إصدار الشهادات"_s,
          u"فحص مستقل يثبت أن المنتج يستوفي معيارًا منشورًا."_s,
          u"认证"_s,
          u"由独立方检查产品是否符合已公布的标准。"_s}},
    };

    int firstTerm = 0;
    for (const auto &entry : glossary) {
        auto id = session->execute(core::commands::SetGlossaryTerm{0, entry.term, entry.explanation});
        if (!id) {
            return id.error();
        }
        firstTerm = firstTerm == 0 ? id.value() : firstTerm;
        for (int l = 0; l < languages.size(); ++l) {
            for (const auto &[kind, text] : {std::pair{u"term"_s, entry.translations.at(2 * l)},
                                             std::pair{u"explanation"_s, entry.translations.at(2 * l + 1)}}) {
                if (auto ok =
                        session->execute(core::commands::TranslateContent{kind, id.value(), languages.at(l), text});
                    !ok) {
                    return ok.error();
                }
            }
        }
    }
    const std::pair<QString, QString> pairs[] = {{u"en"_s, u"fr"_s}, {u"en"_s, u"ar"_s}, {u"zh_CN"_s, u"en"_s}};
    const std::pair<core::Scene, QString> scenes[] = {{core::Scene::Agenda, u"agenda"_s},
                                                      {core::Scene::Speaker, u"speaker"_s},
                                                      {core::Scene::Chair, u"chair"_s},
                                                      {core::Scene::Takeaways, u"takeaways"_s},
                                                      {core::Scene::Glossary, u"glossary"_s}};
    for (const auto &[first, second] : pairs) {
        if (auto ok = session->execute(core::commands::SetRoomLanguage{first}); !ok) {
            return ok.error();
        }
        if (auto ok = session->execute(core::commands::SetRoomSecondLanguage{second}); !ok) {
            return ok.error();
        }
        for (const auto &[scene, name] : scenes) {
            if (auto ok = session->execute(core::commands::PinScene{core::sceneKey(scene)}); !ok) {
                return ok.error();
            }
            const QString file = u"%1-bilingual-%2-%3"_s.arg(name, first.left(2), second.left(2));
            if (auto ok = saveScene(renderer, directory, file); !ok) {
                return ok;
            }
        }
    }
    // One language again: the glossary, and one term over the speaker as the moderator shows it.
    if (auto ok = session->execute(core::commands::SetRoomSecondLanguage{QString()}); !ok) {
        return ok.error();
    }
    if (auto ok = session->execute(core::commands::SetRoomLanguage{QString()}); !ok) {
        return ok.error();
    }
    if (auto ok = session->execute(core::commands::PinScene{core::sceneKey(core::Scene::Glossary)}); !ok) {
        return ok.error();
    }
    if (auto ok = saveScene(renderer, directory, u"glossary"_s); !ok) {
        return ok;
    }
    if (auto ok = session->execute(core::commands::PinScene{core::sceneKey(core::Scene::Speaker)}); !ok) {
        return ok.error();
    }
    if (auto ok = session->execute(core::commands::ShowGlossaryTerm{firstTerm}); !ok) {
        return ok.error();
    }
    if (auto ok = saveScene(renderer, directory, u"term"_s); !ok) {
        return ok;
    }
    if (auto ok = session->execute(core::commands::ShowGlossaryTerm{0}); !ok) {
        return ok.error();
    }
    return {};
}

/// The caption strip over the shown slides, above the timer strip: room-captions.png. The captions are hidden
/// again afterwards; their lines stay in the session's transcript.
core::Result<void> renderCaptions(MainWindow &window, const QString &directory)
{
    core::Session *session = window.session();
    const core::Command commands[] = {
        core::commands::PinScene{core::sceneKey(core::Scene::Media)},
        core::commands::SetCaptions{true, core::captionSizeKey(core::CaptionSize::Medium)},
        core::commands::AddCaption{
            u"Thank you. Let me start with what we learned from the Charter of Trust."_s, u"EVA SCHULZ-KAMM"_s, 0},
        core::commands::AddCaption{u"Baseline requirements only work if they hold along the whole supply chain, "
                                   u"from the chip to the cloud, and certification helps buyers see who meets them."_s,
                                   u"EVA SCHULZ-KAMM"_s,
                                   0},
    };
    for (const core::Command &command : commands) {
        if (auto ok = session->execute(command); !ok) {
            return ok.error();
        }
    }
    if (auto ok = saveScene(window.room()->renderer(), directory, u"captions"_s); !ok) {
        return ok;
    }
    if (auto ok = session->execute(core::commands::SetCaptions{false, {}}); !ok) {
        return ok.error();
    }
    return {};
}

/// A frame of a video with its subtitles: room-video-subtitles.png. The video (a test pattern with a tone) and its
/// English and French subtitles are made with ffmpeg; without ffmpeg the picture is left out, with a note.
core::Result<void> renderVideo(MainWindow &window, const QTemporaryDir &work, const QString &directory)
{
    const QString ffmpeg = QStandardPaths::findExecutable(u"ffmpeg"_s);
    if (ffmpeg.isEmpty()) {
        qInfo("moderato: ffmpeg is not installed: room-video-subtitles.png is left out");
        return {};
    }
    const QString video = work.filePath(u"supply-chain-talk.mp4"_s);
    QProcess encoder;
    encoder.start(ffmpeg,
                  {u"-nostdin"_s,
                   u"-v"_s,
                   u"error"_s,
                   u"-f"_s,
                   u"lavfi"_s,
                   u"-i"_s,
                   u"testsrc2=duration=4:size=1280x720:rate=25"_s,
                   u"-f"_s,
                   u"lavfi"_s,
                   u"-i"_s,
                   u"sine=frequency=440:duration=4"_s,
                   u"-c:v"_s,
                   u"libx264"_s,
                   u"-preset"_s,
                   u"ultrafast"_s,
                   u"-pix_fmt"_s,
                   u"yuv420p"_s,
                   u"-c:a"_s,
                   u"aac"_s,
                   u"-shortest"_s,
                   video});
    if (!encoder.waitForFinished(120'000) || encoder.exitCode() != 0) {
        return core::Error{core::ErrorCode::Io, u"ffmpeg: "_s + QString::fromUtf8(encoder.readAllStandardError())};
    }
    const std::pair<const char16_t *, const char *> subtitles[] = {
        {u"supply-chain-talk.en.srt",
         "1\n00:00:01,000 --> 00:00:03,000\nBaseline requirements must hold along the whole supply chain.\n"},
        {u"supply-chain-talk.fr.vtt",
         "WEBVTT\n\n00:01.000 --> 00:03.000\nLes exigences de base doivent valoir "
         "tout au long de la cha\xc3\xaene d'approvisionnement.\n"},
    };
    for (const auto &[name, text] : subtitles) {
        QFile file(work.filePath(QString::fromUtf16(name)));
        if (!file.open(QIODevice::WriteOnly) || file.write(text) < 0) {
            return core::Error{core::ErrorCode::Io, file.fileName()};
        }
    }
    if (auto ok = window.room()->addAndShowMedia(video); !ok) {
        return ok;
    }
    if (auto ok = window.session()->execute(core::commands::SetVideoPlayback{false, 2000}); !ok) {
        return ok.error();
    }
    // The player decodes on its own threads: wait for the frame at the position asked.
    RoomRenderer *renderer = window.room()->renderer();
    QElapsedTimer waited;
    waited.start();
    const auto ready = [renderer] {
        const QVideoFrame frame = renderer->videoSink() ? renderer->videoSink()->videoFrame() : QVideoFrame();
        return renderer->mediaFailed()
               || (frame.isValid() && frame.startTime() >= 1'900'000 && !renderer->subtitleText().isEmpty());
    };
    while (!ready() && waited.elapsed() < 60'000) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    if (ready()) {
        if (auto ok = saveScene(renderer, directory, u"video-subtitles"_s); !ok) {
            return ok;
        }
    } else {
        // A machine too busy to decode in a minute: the other pictures still matter more than this one.
        std::fprintf(stderr, "room-video-subtitles.png left out: the video's frame did not come within a minute\n");
    }
    if (auto ok = window.session()->execute(core::commands::UnpinScene{}); !ok) {
        return ok.error();
    }
    return {};
}

/// The rapporteur's pane with a few notes, as its own window: rapporteur.png.
core::Result<void> renderRapporteur(MainWindow &window, core::FakeClock &clock, const QString &directory)
{
    core::Session *session = window.session();
    const std::pair<const char16_t *, QList<core::NoteTag>> notes[] = {
        {u"Supply chain security is only as strong as its weakest supplier", {core::NoteTag::Takeaway}},
        {u"Small suppliers cannot afford certification without support", {core::NoteTag::Disagreement}},
        {u"Governments should fund certification for small suppliers", {core::NoteTag::CallToAction}},
        {u"Who checks the baseline requirements across borders?", {core::NoteTag::Question}},
    };
    for (const auto &[text, tags] : notes) {
        clock.advance(std::chrono::seconds(40));
        QStringList keys;
        for (const core::NoteTag tag : tags) {
            keys.append(core::noteTagKey(tag));
        }
        if (auto id = session->execute(core::commands::AddNote{QString::fromUtf16(text), keys}); !id) {
            return id.error();
        }
    }
    auto *dock = window.findChild<QDockWidget *>(u"rapporteurDock"_s);
    if (!dock) {
        return core::Error{core::ErrorCode::InvalidState, u"rapporteurDock"_s};
    }
    dock->setFloating(true);
    dock->show();
    dock->resize(720, 560);
    QApplication::processEvents();
    const QString target = QDir(directory).filePath(u"rapporteur.png"_s);
    if (!dock->grab().save(target)) {
        return core::Error{core::ErrorCode::Io, target};
    }
    return {};
}

/// The report dialog after the rapporteur's notes, its drafted lines listed with their sources and the
/// first call to action chosen: report.png.
core::Result<void> renderReport(MainWindow &window, const QString &directory)
{
    ReportDialog dialog(window.undo(), &window);
    dialog.resize(1000, 900);
    dialog.show();
    auto *sources = dialog.findChild<QTreeWidget *>(u"reportSources"_s);
    if (!sources || sources->topLevelItemCount() < 2) {
        return core::Error{core::ErrorCode::InvalidState, u"reportSources"_s};
    }
    if (QTreeWidgetItem *action = sources->topLevelItem(1)->child(0)) {
        sources->setCurrentItem(action);
        sources->scrollToItem(action);
    }
    if (auto *scroll = dialog.findChild<QScrollArea *>()) {
        scroll->ensureWidgetVisible(sources);
    }
    QApplication::processEvents();
    const QString target = QDir(directory).filePath(u"report.png"_s);
    if (!dialog.grab().save(target)) {
        return core::Error{core::ErrorCode::Io, target};
    }
    return {};
}

} // namespace

/// The preparation dialogs before the start: proposal-import.png, session-details.png, agenda-editor.png,
/// people.png, briefing.png.
core::Result<void> renderPreparation(MainWindow &window, const QString &directory)
{
    core::Session *session = window.session();
    AgendaEditor agenda(window.undo(), &window);
    agenda.selectItem(session->state().agenda().item(2).id);
    PeopleEditor people(window.undo(), &window);
    people.selectPerson(session->state().floor().participantByName(u"Eva Schulz-Kamm"_s)->id);
    BriefingDialog briefing(session, &window);
    core::Briefing::Options options;
    options.start = QTime(15, 0);
    options.date = QDate(2019, 11, 26);
    briefing.setOptions(options);
    QFile proposalFile(u":/demo/ws195-proposal.txt"_s);
    if (!proposalFile.open(QIODevice::ReadOnly)) {
        return core::Error{core::ErrorCode::FileNotFound, proposalFile.fileName()};
    }
    auto proposal = core::ProposalImporter::fromBytes(proposalFile.readAll());
    if (!proposal) {
        return proposal.error();
    }
    ProposalImportDialog import(proposal.value(), &window);
    SessionDetailsDialog details(window.undo(), &window);
    const std::pair<QDialog *, const char16_t *> dialogs[] = {{&import, u"proposal-import.png"},
                                                              {&details, u"session-details.png"},
                                                              {&agenda, u"agenda-editor.png"},
                                                              {&people, u"people.png"},
                                                              {&briefing, u"briefing.png"}};
    for (const auto &[dialog, name] : dialogs) {
        dialog->setAttribute(Qt::WA_DontShowOnScreen);
        dialog->show();
        QApplication::processEvents();
        const QString target = QDir(directory).filePath(QString::fromUtf16(name));
        const bool saved = dialog->grab().save(target);
        dialog->hide();
        if (!saved) {
            return core::Error{core::ErrorCode::Io, target};
        }
    }
    return {};
}

/// Participants' phones while the session is shared: a few phones joined, questions in the inbox, reactions to
/// the takeaways: the console with its phones pane (phones.png), the room display's join scene (room-join.png)
/// and the agenda with the corner that invites phones (room-agenda-join.png).
core::Result<void> renderPhones(MainWindow &window, const QString &directory)
{
    core::Session *session = window.session();
    if (!session->state().audience().joiningOpen()) {
        if (auto ok = session->execute(core::commands::SetPhoneJoining{true}); !ok) {
            return ok.error();
        }
    }
    if (auto ok = session->execute(core::commands::SetPhoneLimits{0, 5}); !ok) {
        return ok.error();
    }

    struct Phone
    {
        const char16_t *device;
        const char16_t *name;
        const char16_t *group;
        const char16_t *channel;
        const char *question;
    };

    const Phone phones[] = {
        {u"k3j9x2ab",
         u"Mariam Haddad",
         u"Civil Society",
         u"onsite",
         QT_TRANSLATE_NOOP("ui::Screenshot", "Who certifies the certifiers, and who pays for it?")},
         {u"m4n5p6q7",
          u"Tomás Rivera",
          u"Private Sector",
          u"online",
          QT_TRANSLATE_NOOP("ui::Screenshot", "How can small suppliers afford the audits?")},
          {u"r8s9t2u3", u"Aiko Tanaka", u"Academia", u"onsite", nullptr},
          {u"v4w5x6y7", u"Kwame Boateng", u"Government", u"hub", nullptr},
        };
    for (const Phone &phone : phones) {
        const core::Who who{0,
                            QString::fromUtf16(phone.name),
                            QString::fromUtf16(phone.channel),
                            QString::fromUtf16(phone.group),
                            {},
                            {},
                            phone.channel == std::u16string_view(u"hub") ? u"Accra hub"_s : QString()};
        const QString device = QString::fromUtf16(phone.device);
        if (auto ok = session->executeFromPhone(core::commands::JoinPhone{device, who}); !ok) {
            return ok.error();
        }
        if (phone.question) {
            const core::commands::SubmitQuestion question{
                device, QCoreApplication::translate("ui::Screenshot", phone.question), 0, 0};
            if (auto ok = session->executeFromPhone(question); !ok) {
                return ok.error();
            }
        }
        int stance = 0;
        for (const core::Takeaway &takeaway : session->state().display().takeaways()) {
            const QString reaction =
                (stance++ + int(device.size()) + phone.name[0]) % 3 == 0 ? u"disagree"_s : u"agree"_s;
            if (auto ok = session->executeFromPhone(core::commands::ReactToTakeaway{device, takeaway.id, reaction, {}});
                !ok) {
                return ok.error();
            }
        }
    }
    const auto &takeaways = session->state().display().takeaways();
    if (!takeaways.isEmpty()) {
        const core::commands::ReactToTakeaway comment{
            u"m4n5p6q7"_s,
            takeaways.constFirst().id,
            u"comment"_s,
            QCoreApplication::translate("ui::Screenshot", "Only if buyers ask for it in every contract.")};
        if (auto ok = session->executeFromPhone(comment); !ok) {
            return ok.error();
        }
    }
    const core::commands::ShareTakeaway shared{
        u"r8s9t2u3"_s,
        QCoreApplication::translate("ui::Screenshot", "Security needs a budget line, not only a policy.")};
    if (auto ok = session->executeFromPhone(shared); !ok) {
        return ok.error();
    }
    window.resize(1600, 1000);
    window.showPhonesPane();
    QApplication::processEvents();
    if (!window.grab().save(QDir(directory).filePath(u"phones.png"_s))) {
        return core::Error{core::ErrorCode::Io, directory};
    }
    RoomRenderer *renderer = window.room()->renderer();
    if (auto ok = session->execute(core::commands::PinScene{core::sceneKey(core::Scene::Join)}); !ok) {
        return ok.error();
    }
    if (auto ok = saveScene(renderer, directory, u"join"_s); !ok) {
        return ok;
    }
    if (auto ok = session->execute(core::commands::PinScene{core::sceneKey(core::Scene::Agenda)}); !ok) {
        return ok.error();
    }
    return saveScene(renderer, directory, u"agenda-join"_s);
}

/// Sharing on this computer (127.0.0.1) with two joined devices and a message from one: share.png; then each
/// device's own window, joined: the online moderator's console (joined-online.png) and the rapporteur's
/// (joined-rapporteur.png).
core::Result<void> renderSharing(MainWindow &window, const core::Clock &clock, const QString &directory)
{
    ShareDialog *dialog = window.showShareDialog();
    dialog->setAttribute(Qt::WA_DontShowOnScreen);
    dialog->setLoopbackOnly(true);
    dialog->setPort(0);
    dialog->startSharing();
    if (!window.sharing()->isSharing()) {
        return core::Error{core::ErrorCode::Io, u"sharing did not start"_s};
    }
    // The devices' clocks are the host's here, so the projected end reads the same afternoon.
    std::vector<std::unique_ptr<MainWindow>> devices;
    const std::pair<core::TeamRole, const char16_t *> team[] = {{core::TeamRole::OnlineModerator, u"Daniel Brinkwerth"},
                                                                {core::TeamRole::Rapporteur, u"Paula Iwaniuk"}};
    for (const auto &[role, name] : team) {
        devices.push_back(std::make_unique<MainWindow>(clock));
        devices.back()->setAttribute(Qt::WA_DontShowOnScreen);
        if (auto ok = devices.back()->joinSession(dialog->addressEdit(role)->text(), QString::fromUtf16(name)); !ok) {
            return ok;
        }
    }
    const auto joined = [&] {
        return std::all_of(devices.cbegin(), devices.cend(), [](const auto &device) {
            return device->session() && device->joined()->client().isJoined()
                   && device->joined()->client().roundTripMs() >= 0;
        });
    };
    QElapsedTimer waited;
    waited.start();
    while ((dialog->devices()->topLevelItemCount() < 2 || !joined()) && waited.elapsed() < 10'000) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    if (!joined()) {
        return core::Error{core::ErrorCode::Io, u"the devices did not join"_s};
    }
    devices.front()->messageHost(QCoreApplication::translate(
        "ui::Screenshot", "A remote participant in Nairobi has a question on policy question 2."));
    while (dialog->messages()->count() < 1 && waited.elapsed() < 10'000) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    dialog->resize(1500, 760);
    QApplication::processEvents();
    const QString target = QDir(directory).filePath(u"share.png"_s);
    bool saved = dialog->grab().save(target);
    const char16_t *const names[] = {u"joined-online.png", u"joined-rapporteur.png"};
    for (std::size_t i = 0; i < devices.size() && saved; ++i) {
        devices.at(i)->resize(1600, 1000);
        devices.at(i)->show();
        devices.at(i)->refresh();
        QApplication::processEvents();
        saved = devices.at(i)->grab().save(QDir(directory).filePath(QString::fromUtf16(names[i])));
    }
    devices.clear();
    dialog->close();
    if (!saved) {
        return core::Error{core::ErrorCode::Io, directory};
    }
    if (auto ok = renderPhones(window, directory); !ok) {
        return ok;
    }
    window.sharing()->stop();
    return {};
}

/// Group work on a copy of the demo whose audience input is a break-out item with a group per policy
/// question and one online: breakout-dialog.png (after the automatic assignment), the console during the group work
/// with a group rapporteur's notes (console-groups.png), room-groups.png during the group work and
/// room-reconvene.png after it.
core::Result<void> renderBreakOut(const QTemporaryDir &work, const QString &directory)
{
    auto demo = core::ProposalImporter::demoWorkshop();
    if (!demo) {
        return demo.error();
    }
    QJsonObject json = demo.value().toJson();
    const QString title = demo.value().agenda.item(demo.value().agenda.leafIndexes().at(2)).title;
    QJsonArray groups;
    for (int i = 0; i < demo.value().policyQuestions.size(); ++i) {
        groups.append(QJsonObject{
            {u"name"_s, u"Table %1"_s.arg(i + 1)}, {u"policy_question"_s, i}, {u"place"_s, u"table %1"_s.arg(i + 1)}});
    }
    groups.append(QJsonObject{{u"name"_s, u"Online"_s}, {u"topic"_s, u"Supply-chain security"_s}, {u"online"_s, true}});
    std::function<bool(QJsonArray &)> makeBreakOut = [&](QJsonArray &items) {
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject item = items.at(i).toObject();
            QJsonArray children = item.value(u"children").toArray();
            if (!children.isEmpty() && makeBreakOut(children)) {
                item.insert(u"children"_s, children);
                items[i] = item;
                return true;
            }
            if (children.isEmpty() && item.value(u"title").toString() == title) {
                item.insert(u"kind"_s, u"break_out"_s);
                item.insert(u"title"_s, u"Group work on the policy questions"_s);
                item.insert(u"break_out"_s, QJsonObject{{u"groups"_s, groups}});
                items[i] = item;
                return true;
            }
        }
        return false;
    };
    QJsonArray agenda = json.value(u"agenda").toArray();
    makeBreakOut(agenda);
    json.insert(u"agenda"_s, agenda);
    auto definition = core::SessionDefinition::fromJson(json);
    if (!definition) {
        return definition.error();
    }
    core::FakeClock clock(QDateTime(QDate(2019, 11, 26), QTime(14, 30)).toMSecsSinceEpoch());
    MainWindow window(clock);
    if (auto ok = window.createSession(work.filePath(u"groups.moderato"_s), definition.value()); !ok) {
        return ok;
    }
    window.setDemo(true);
    core::Session *session = window.session();
    const QStringList names{u"Amina Diallo"_s,  u"Jean Dupont"_s,  u"Li Wei"_s,       u"Marta Ruiz"_s,
                            u"Kofi Mensah"_s,   u"Aisha Khan"_s,   u"Sofia Rossi"_s,  u"Raj Patel"_s,
                            u"Elena Petrova"_s, u"Tomás Silva"_s,  u"Nadia Haddad"_s, u"Yuki Tanaka"_s,
                            u"Omar Farouk"_s,   u"Grace Mwangi"_s, u"Lukas Weber"_s,  u"Fatima Zahra"_s,
                            u"Carlos Mendes"_s, u"Ingrid Olsen"_s, u"Samir Aziz"_s,   u"Priya Nair"_s};
    const QStringList stakeholders{u"Civil Society"_s, u"Government"_s, u"Technical Community"_s, u"Private Sector"_s};
    const QStringList regions{
        u"African Group"_s, u"WEOG"_s, u"Asia-Pacific Group"_s, u"GRULAC"_s, u"Eastern European Group"_s};
    for (int i = 0; i < names.size(); ++i) {
        QJsonObject person{{u"name"_s, names.at(i)},
                           {u"channel"_s, i % 5 == 4 ? u"online"_s : u"onsite"_s},
                           {u"stakeholder_group"_s, stakeholders.at(i % stakeholders.size())},
                           {u"region"_s, regions.at(i % regions.size())},
                           {u"gender"_s, i % 2 ? u"man"_s : u"woman"_s},
                           {u"roles"_s, QJsonArray{u"audience"_s}}};
        if (auto id = session->execute(core::commands::AddParticipant{person}); !id) {
            return id.error();
        }
    }
    const int itemId = session->state().agenda().item(session->state().agenda().leafIndexes().at(2)).id;
    {
        // The dialog as the moderator leaves it: assigned, each group with a facilitator and a rapporteur.
        BreakOutDialog dialog(window.undo(), itemId);
        if (!dialog.assignAutomatically()) {
            return core::Error{core::ErrorCode::InvalidState, dialog.errorText()};
        }
        for (const core::BreakOutGroup &group : core::BreakOut(dialog.breakOut()).groups) {
            if (group.members.size() >= 2) {
                dialog.selectGroup(group.id);
                dialog.setSelectedFacilitator(group.members.at(0));
                dialog.setSelectedRapporteur(group.members.at(1));
            }
        }
        dialog.selectGroup(dialog.breakOut().groups.constFirst().id);
        dialog.setAttribute(Qt::WA_DontShowOnScreen);
        dialog.resize(1100, 760);
        dialog.show();
        QApplication::processEvents();
        const QString target = QDir(directory).filePath(u"breakout-dialog.png"_s);
        if (!dialog.grab().save(target)) {
            return core::Error{core::ErrorCode::Io, target};
        }
        if (!dialog.apply()) {
            return core::Error{core::ErrorCode::InvalidState, dialog.errorText()};
        }
    }
    if (auto ok = session->execute(core::commands::StartClock{}); !ok) {
        return ok.error();
    }
    if (auto ok = session->execute(core::commands::EnterItem{itemId}); !ok) {
        return ok.error();
    }
    clock.advance(7min + 25s);
    session->tick();
    // A group's rapporteur has noted two points for the first group.
    const int firstGroup =
        session->state().agenda().item(session->state().agenda().indexOf(itemId)).breakOut.groups.at(0).id;
    for (const QString &text : {u"Start with the devices a hospital buys: they outlive three software updates"_s,
                                u"Suppliers ask for one baseline, not one per country"_s}) {
        core::commands::AddNote note;
        note.text = text;
        note.policyQuestion = 0;
        note.group = firstGroup;
        if (auto id = session->execute(note); !id) {
            return id.error();
        }
    }
    window.refresh();
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(1600, 1000);
    window.show();
    if (auto *rapporteur = window.findChild<QAction *>(u"actionRapporteurPane"_s);
        rapporteur && !rapporteur->isChecked()) {
        rapporteur->trigger();
    }
    if (auto *groupsCombo = window.findChild<QComboBox *>(u"noteGroupCombo"_s)) {
        groupsCombo->setCurrentIndex(std::max(0, groupsCombo->findData(firstGroup)));
    }
    QApplication::processEvents();
    const QString console = QDir(directory).filePath(u"console-groups.png"_s);
    if (!window.grab().save(console)) {
        return core::Error{core::ErrorCode::Io, console};
    }
    RoomRenderer renderer;
    renderer.setSession(session);
    if (auto ok = saveScene(&renderer, directory, u"groups"_s); !ok) {
        return ok;
    }
    const qint64 planned = session->state().agenda().plannedMs(session->state().agenda().indexOf(itemId));
    clock.advance(std::chrono::milliseconds(planned) - 7min - 25s + 40s);
    session->tick();
    return saveScene(&renderer, directory, u"reconvene"_s);
}

core::Result<void> renderDemoScreenshots(const QString &directory)
{
    if (!QDir().mkpath(directory)) {
        return core::Error{core::ErrorCode::Io, directory};
    }
    auto definition = core::ProposalImporter::demoWorkshop();
    if (!definition) {
        return definition.error();
    }
    QTemporaryDir work;
    if (!work.isValid()) {
        return core::Error{core::ErrorCode::Io, work.errorString()};
    }
    // 14:30 local time on the day of the workshop, so the projected end reads like a real afternoon.
    core::FakeClock clock(QDateTime(QDate(2019, 11, 26), QTime(14, 30)).toMSecsSinceEpoch());
    MainWindow window(clock);
    if (auto ok = window.createSession(work.filePath(u"demo.moderato"_s), definition.value()); !ok) {
        return ok;
    }
    window.setDemo(true);
    core::Session *session = window.session();
    // The introduction ran 2:10 over; Eva Schulz-Kamm kept to time; the audience input has 42 s left.
    // Meanwhile: interventions from the room and online, the empty chair, a remote claim waiting.
    // Everything goes through the command catalogue, as the console and the replay script do.
    const auto person = [](const QString &name,
                           const QString &channel,
                           const QString &group,
                           const QString &region,
                           const QString &gender) {
        return core::commands::AddParticipant{QJsonObject{{u"name"_s, name},
                                                          {u"channel"_s, channel},
                                                          {u"stakeholder_group"_s, group},
                                                          {u"region"_s, region},
                                                          {u"gender"_s, gender},
                                                          {u"roles"_s, QJsonArray{u"audience"_s}}}};
    };
    const core::commands::AddParticipant walkIns[] = {
        person(u"Amina Diallo"_s, u"online"_s, u"Civil Society"_s, u"African Group"_s, u"woman"_s),
        person(u"Jean Dupont"_s, u"onsite"_s, u"Government"_s, u"WEOG"_s, u"man"_s),
        person(u"Li Wei"_s, u"onsite"_s, u"Technical Community"_s, u"Asia-Pacific Group"_s, u"man"_s),
        person(u"Marta Ruiz"_s, u"onsite"_s, u"Civil Society"_s, u"GRULAC"_s, u"woman"_s),
        person(u"Kofi Mensah"_s, u"online"_s, u"Private Sector"_s, u"African Group"_s, u"man"_s),
        person(u"Aisha Khan"_s,
               u"online"_s,
               u"Intergovernmental Organization"_s,
               u"Intergovernmental Organization"_s,
               u"woman"_s),
    };
    for (const auto &walkIn : walkIns) {
        if (auto id = session->execute(walkIn); !id) {
            return id.error();
        }
    }
    const int eva = session->state().floor().participantByName(u"Eva Schulz-Kamm"_s)->id;
    const core::Agenda &agenda = session->state().agenda();
    const int evaItem = agenda.item(agenda.leafIndexes().at(1)).id;
    const int firstInput = agenda.item(agenda.leafIndexes().at(2)).id;
    const auto question = [](const QString &text, int itemId, int speakerId) {
        QJsonObject q{{u"text"_s, text}};
        if (itemId > 0) {
            q.insert(u"item"_s, itemId);
        }
        if (speakerId > 0) {
            q.insert(u"speaker"_s, speakerId);
        }
        return q;
    };
    const core::commands::SetQuestionBank bank{
        QJsonArray{question(u"Which baseline requirement would you make mandatory first, and for whom?"_s, 0, 0),
                   question(u"Who here buys connected devices? What do you check before you buy?"_s, firstInput, 0),
                   question(u"What did the Charter's members change in their own supply chains?"_s, evaItem, eva),
                   question(u"Where should regulation stop and industry standards take over?"_s, firstInput, 0)}};
    if (auto ok = session->execute(bank); !ok) {
        return ok.error();
    }
    if (auto ok = renderPreparation(window, directory); !ok) {
        return ok;
    }
    // The timeline, in the replay script's language.
    const auto timeline = core::ReplayScript::parse(uR"(
0:00 start
0:30 floor "Daniel Brinkwerth"
12:10 next
12:10 floor "Eva Schulz-Kamm"
22:10 next
22:10 yield
22:12 question-asked 2
22:15 queue "Amina Diallo"
22:16 queue "Jean Dupont"
22:17 queue "Li Wei"
22:18 queue-policy alternate_channels
22:20 queue-next
24:20 chair-open
24:30 chair-take "Marta Ruiz"
27:00 chair-reply --participant "Eva Schulz-Kamm"
28:00 chair-release
29:00 queue "Aisha Khan"
30:00 queue-next
31:00 chair-claim --name "Kofi Mensah"
)"_s);
    if (!timeline) {
        return timeline.error();
    }
    if (auto ok = timeline.value().run(*session, clock); !ok) {
        return ok;
    }
    const std::chrono::milliseconds at{timeline.value().durationMs()};
    clock.advance(31min + 28s - at);
    session->tick();
    window.refresh();
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(1600, 1000);
    window.show();
    QApplication::processEvents();
    const QString target = QDir(directory).filePath(u"console.png"_s);
    if (!window.grab().save(target)) {
        return core::Error{core::ErrorCode::Io, target};
    }
    if (auto ok = renderRoomScenes(window, work, directory); !ok) {
        return ok;
    }
    if (auto ok = renderBilingual(window, directory); !ok) {
        return ok;
    }
    if (auto ok = renderRapporteur(window, clock, directory); !ok) {
        return ok;
    }
    if (auto ok = renderReport(window, directory); !ok) {
        return ok;
    }
    // After the report, so that its draft stays as it was without the captions' lines.
    if (auto ok = renderCaptions(window, directory); !ok) {
        return ok;
    }
    if (auto ok = renderVideo(window, work, directory); !ok) {
        return ok;
    }
    if (auto ok = renderBreakOut(work, directory); !ok) {
        return ok;
    }
    return renderSharing(window, clock, directory);
}

} // namespace ui
