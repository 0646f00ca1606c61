// SPDX-License-Identifier: MIT
#include "ui/screenshot.h"

#include "core/base/clock.h"
#include "core/io/proposalimporter.h"
#include "core/io/replayscript.h"
#include "core/session/session.h"
#include "core/share/shareclient.h"
#include "net/sharingconnection.h"
#include "ui/agendaeditor.h"
#include "ui/briefingdialog.h"
#include "ui/mainwindow.h"
#include "ui/peopleeditor.h"
#include "ui/proposalimportdialog.h"
#include "ui/reportdialog.h"
#include "ui/roomcontrol.h"
#include "ui/roomrenderer.h"
#include "ui/sessiondetailsdialog.h"
#include "ui/sharedialog.h"

#include <QApplication>
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
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <algorithm>
#include <chrono>
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
    if (auto ok = renderRapporteur(window, clock, directory); !ok) {
        return ok;
    }
    if (auto ok = renderReport(window, directory); !ok) {
        return ok;
    }
    return renderSharing(window, clock, directory);
}

} // namespace ui
