// SPDX-License-Identifier: MIT
#include "ui/floorpart.h"

#include "core/floor/personentry.h"
#include "core/session/session.h"

#include <QAction>
#include <QCompleter>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStringListModel>

using namespace Qt::StringLiterals;

namespace ui {
namespace {

/// Completes the part after the last comma or slash of a line about a person; never the name.
class PersonEntryCompleter final : public QCompleter
{
public:
    explicit PersonEntryCompleter(QObject *parent)
        : QCompleter(new QStringListModel(core::PersonEntryParser::vocabulary(), parent), parent)
    {
        setCaseSensitivity(Qt::CaseInsensitive);
        setCompletionMode(QCompleter::PopupCompletion);
    }

    QStringList splitPath(const QString &path) const override
    {
        const qsizetype at = lastSeparator(path);
        if (at < 0) {
            return {u"\uFFFF"_s}; // the name: nothing to offer
        }
        return {path.mid(at + 1).trimmed()};
    }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        const QString line = widget() ? static_cast<QLineEdit *>(widget())->text() : QString();
        const qsizetype at = lastSeparator(line);
        return line.left(at + 1) + u' ' + index.data(Qt::EditRole).toString();
    }

private:
    static qsizetype lastSeparator(const QString &text)
    {
        static const QRegularExpression separators(u"[,/\u060C\uFF0C]"_s);
        return text.lastIndexOf(separators);
    }
};

} // namespace

FloorPart::FloorPart(QWidget *parent)
    : QGroupBox(parent)
{}

void FloorPart::setSession(core::Session *session)
{
    m_session = session;
    refresh();
}

core::Session *FloorPart::session() const
{
    return m_session;
}

void FloorPart::refresh()
{
    setEnabled(m_session != nullptr);
    if (m_session) {
        showState(m_session->state(), m_session->now());
    }
    emit refreshed();
}

void FloorPart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QGroupBox::changeEvent(event);
}

bool FloorPart::eventFilter(QObject *watched, QEvent *event)
{
    // Esc in a name field leaves the field (and does not pause the clock).
    if (qobject_cast<QLineEdit *>(watched)) {
        if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
            if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
                event->accept();
                if (event->type() == QEvent::KeyPress) {
                    window()->setFocus(Qt::OtherFocusReason);
                }
                return event->type() == QEvent::KeyPress;
            }
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

bool FloorPart::run(const core::Result<void> &result)
{
    if (!result) {
        emit actionFailed(core::errorMessage(result.error()));
    }
    return bool(result);
}

bool FloorPart::run(const core::Result<int> &result)
{
    if (!result) {
        emit actionFailed(core::errorMessage(result.error()));
    }
    return bool(result);
}

void FloorPart::leaveField(QLineEdit *edit)
{
    edit->clear();
    // Back to the console's keys.
    window()->setFocus(Qt::OtherFocusReason);
}

QLabel *FloorPart::plainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QPushButton *FloorPart::button(const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(objectName);
    b->setFocusPolicy(Qt::NoFocus);
    return b;
}

QLineEdit *FloorPart::nameEdit(const QString &objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setMaxLength(200);
    edit->installEventFilter(this);
    return edit;
}

QLineEdit *FloorPart::personEdit(const QString &objectName)
{
    QLineEdit *edit = nameEdit(objectName);
    edit->setMaxLength(400);
    edit->setCompleter(new PersonEntryCompleter(edit));
    return edit;
}

std::optional<core::Who> FloorPart::whoFromLine(const QString &line, bool online)
{
    auto parsed = core::PersonEntryParser::parse(line);
    if (!parsed) {
        emit actionFailed(core::errorMessage(parsed.error()));
        return std::nullopt;
    }
    const core::PersonEntry &entry = parsed.value();
    if (session()) {
        if (const core::Participant *known = session()->state().floor().participantByName(entry.name)) {
            return who(known->id); // someone the session knows keeps what it knows of them
        }
    }
    // What no vocabulary knows stays with the name (a command names a walk-in, not their organisation).
    core::Who person =
        who(entry.organization.isEmpty() ? entry.name : entry.name + u", "_s + entry.organization, online);
    if (entry.channel) {
        switch (*entry.channel) {
        case core::Channel::Onsite:
            person.channel = u"onsite"_s;
            break;
        case core::Channel::Online:
            person.channel = u"online"_s;
            break;
        case core::Channel::Hub:
            person.channel = u"hub"_s;
            person.hub = entry.hub;
            break;
        }
    }
    person.group = entry.stakeholderGroup;
    person.region = entry.region;
    person.gender = entry.gender;
    return person;
}

QAction *FloorPart::shortcutAction(const QString &objectName, const QKeySequence &key)
{
    auto *action = new QAction(this);
    action->setObjectName(objectName);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    addAction(action);
    return action;
}

core::Who FloorPart::who(int participantId)
{
    core::Who who;
    who.participant = participantId;
    return who;
}

core::Who FloorPart::who(const QString &name, bool online)
{
    core::Who who;
    who.name = name;
    who.channel = online ? u"online"_s : u"onsite"_s;
    return who;
}

QString FloorPart::channelText(const QString &key) const
{
    if (key == u"onsite") {
        return tr("in the room");
    }
    if (key == u"online") {
        return tr("online");
    }
    return tr("hub %1").arg(key.mid(4));
}

} // namespace ui
