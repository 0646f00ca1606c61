// SPDX-License-Identifier: MIT
#include "ui/captioncontrol.h"

#include "core/session/session.h"
#include "ui/permission.h"
#include "ui/plainmessage.h"

#include <QAction>
#include <QActionGroup>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QVBoxLayout>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace ui {

CaptionControl::CaptionControl(QWidget *console, QObject *parent)
    : QObject(parent)
    , m_console(console)
    , m_feed(new core::CaptionFeed(this))
    , m_menu(new QMenu(console))
    , m_sizeGroup(new QActionGroup(this))
    , m_panel(new QWidget(console, Qt::Tool))
    , m_lineEdit(new QLineEdit(m_panel))
    , m_speakerEdit(new QLineEdit(m_panel))
    , m_speakerLabel(new QLabel(m_panel))
    , m_fileLabel(new QLabel(m_panel))
{
    m_menu->setObjectName(u"roomCaptionsMenu"_s);
    m_menu->menuAction()->setObjectName(u"actionRoomCaptionsMenu"_s);
    m_menu->setToolTipsVisible(true);
    m_showAction = m_menu->addAction(QString());
    m_showAction->setObjectName(u"actionShowCaptions"_s);
    m_showAction->setCheckable(true);
    m_sizeMenu = m_menu->addMenu(QString());
    m_sizeMenu->setObjectName(u"roomCaptionSizeMenu"_s);
    for (const auto &[size, name] : {std::pair{core::CaptionSize::Small, "actionCaptionsSmall"},
                                     std::pair{core::CaptionSize::Medium, "actionCaptionsMedium"},
                                     std::pair{core::CaptionSize::Large, "actionCaptionsLarge"}}) {
        QAction *action = m_sizeMenu->addAction(QString());
        action->setObjectName(QString::fromLatin1(name));
        action->setCheckable(true);
        m_sizeGroup->addAction(action);
        m_sizeActions.append({size, action});
        connect(action, &QAction::triggered, this, [this, size = size] {
            // Choosing a size shows the captions too: that is what the size is for.
            setCaptions(true, size);
        });
    }
    m_menu->addSeparator();
    m_typeAction = m_menu->addAction(QString());
    m_typeAction->setObjectName(u"actionTypeCaptions"_s);
    m_followAction = m_menu->addAction(QString());
    m_followAction->setObjectName(u"actionFollowCaptionFile"_s);
    m_stopAction = m_menu->addAction(QString());
    m_stopAction->setObjectName(u"actionStopCaptionFile"_s);

    m_panel->setObjectName(u"captionPanel"_s);
    m_lineEdit->setObjectName(u"captionLineEdit"_s);
    m_lineEdit->setMaxLength(core::CaptionFeed::MaxLineChars);
    m_lineEdit->setMinimumWidth(480);
    m_speakerEdit->setObjectName(u"captionSpeakerEdit"_s);
    m_speakerEdit->setMaxLength(core::CaptionFeed::MaxSpeakerChars);
    m_fileLabel->setObjectName(u"captionFileLabel"_s);
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_fileLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(m_panel);
    auto *form = new QFormLayout;
    form->addRow(m_speakerLabel, m_speakerEdit);
    layout->addLayout(form);
    layout->addWidget(m_lineEdit);
    layout->addWidget(m_fileLabel);

    connect(m_showAction, &QAction::triggered, this, [this](bool shown) {
        setCaptions(shown, m_session ? m_session->state().display().captionSize() : core::CaptionSize::Medium);
    });
    connect(m_typeAction, &QAction::triggered, this, [this] {
        m_panel->show();
        m_panel->raise();
        m_panel->activateWindow();
        m_lineEdit->setFocus();
    });
    connect(m_followAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            m_console, tr("Follow a caption file"), QString(), tr("Captions (*.txt *.srt *.vtt);;All files (*)"));
        if (path.isEmpty()) {
            return;
        }
        if (auto ok = followFile(path); !ok) {
            showPlainMessage(m_console, tr("Follow a caption file"), core::errorMessage(ok.error()));
        }
    });
    connect(m_stopAction, &QAction::triggered, this, &CaptionControl::stopFollowing);
    connect(m_lineEdit, &QLineEdit::returnPressed, this, &CaptionControl::sendTypedLine);
    connect(m_feed, &core::CaptionFeed::caption, this, [this](const core::FedCaption &caption) {
        send(caption.text, caption.speaker);
    });
    connect(m_feed, &core::CaptionFeed::failed, this, &CaptionControl::actionFailed);
    retranslateUi();
    refresh();
}

CaptionControl::~CaptionControl() = default;

void CaptionControl::setSession(core::Session *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (!session) {
        m_feed->stop();
    } else {
        connect(session, &core::Session::changed, this, [this](core::Areas areas) {
            if (areas & core::Area::Room) {
                refresh();
            }
        });
    }
    refresh();
}

core::Result<void> CaptionControl::followFile(const QString &path)
{
    auto ok = m_feed->follow(path, core::CaptionFeed::Start::End);
    refresh();
    return ok;
}

void CaptionControl::stopFollowing()
{
    m_feed->stop();
    refresh();
}

void CaptionControl::sendTypedLine()
{
    const QString text = m_lineEdit->text();
    if (text.trimmed().isEmpty() || !m_session) {
        return;
    }
    auto done = m_session->execute(core::commands::AddCaption{text, m_speakerEdit->text().simplified(), 0});
    if (!done) {
        emit actionFailed(core::errorMessage(done.error()));
        return;
    }
    m_lineEdit->clear();
}

void CaptionControl::send(const QString &text, const QString &speaker)
{
    if (!m_session) {
        return;
    }
    if (auto done = m_session->execute(core::commands::AddCaption{text, speaker, 0}); !done) {
        emit actionFailed(core::errorMessage(done.error()));
    }
}

void CaptionControl::setCaptions(bool shown, core::CaptionSize size)
{
    if (!m_session) {
        return;
    }
    if (auto done = m_session->execute(core::commands::SetCaptions{shown, core::captionSizeKey(size)}); !done) {
        emit actionFailed(core::errorMessage(done.error()));
    }
    refresh();
}

void CaptionControl::refresh()
{
    const bool shown = m_session && m_session->state().display().captionsShown();
    const core::CaptionSize size = m_session ? m_session->state().display().captionSize() : core::CaptionSize::Medium;
    m_showAction->setChecked(shown);
    for (const auto &[candidate, action] : std::as_const(m_sizeActions)) {
        action->setChecked(candidate == size);
        allowIf(action, m_session, core::commands::SetCaptions{}, !m_session.isNull());
    }
    allowIf(m_showAction, m_session, core::commands::SetCaptions{}, !m_session.isNull());
    allowIf(m_typeAction, m_session, core::commands::AddCaption{}, !m_session.isNull());
    // A file is read on this computer; its lines go to the session as commands.
    allowIf(m_followAction, m_session, core::commands::AddCaption{}, !m_session.isNull());
    m_lineEdit->setEnabled(m_typeAction->isEnabled());
    m_stopAction->setEnabled(m_feed->isFollowing());
    m_fileLabel->setText(m_feed->isFollowing()
                             //: %1 is a file name
                             ? tr("Following %1: each new line is shown.").arg(QFileInfo(m_feed->path()).fileName())
                             : tr("No caption file is followed."));
}

void CaptionControl::retranslateUi()
{
    m_menu->setTitle(tr("&Captions"));
    m_showAction->setText(tr("&Show captions"));
    m_sizeMenu->setTitle(tr("Caption si&ze"));
    for (const auto &[size, action] : std::as_const(m_sizeActions)) {
        switch (size) {
        case core::CaptionSize::Small:
            action->setText(tr("&Small"));
            break;
        case core::CaptionSize::Medium:
            action->setText(tr("&Medium"));
            break;
        case core::CaptionSize::Large:
            action->setText(tr("&Large"));
            break;
        }
    }
    m_typeAction->setText(tr("&Type captions…"));
    m_followAction->setText(tr("&Follow a caption file…"));
    m_stopAction->setText(tr("S&top following the caption file"));
    m_panel->setWindowTitle(tr("Captions"));
    m_speakerLabel->setText(tr("Speaker:"));
    m_speakerEdit->setPlaceholderText(tr("Optional: who is speaking"));
    m_lineEdit->setPlaceholderText(tr("Type a caption line and press Enter"));
    refresh();
}

} // namespace ui
