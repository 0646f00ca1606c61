// SPDX-License-Identifier: MIT
#include "ui/translationsdialog.h"

#include "core/session/command.h"
#include "core/session/session.h"
#include "ui/commands/sessionundo.h"
#include "ui/languagemanager.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {
namespace {
enum Column
{
    KindColumn,
    OriginalColumn,
    TranslationColumn,
};

constexpr int KindRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;
constexpr int SavedRole = Qt::UserRole + 2;

/// The shipped languages by their own names, starting with the language the room shows besides the original:
/// the second, else the room's own.
void fillLanguages(QComboBox *combo, const core::Session &session)
{
    for (const QString &code : LanguageManager::availableLanguages()) {
        combo->addItem(QLocale(code).nativeLanguageName(), code);
    }
    const QString second = session.state().display().secondLanguage();
    const int start = combo->findData(!second.isEmpty() ? second : session.state().display().language());
    if (start >= 0) {
        combo->setCurrentIndex(start);
    }
}
} // namespace

TranslationsDialog::TranslationsDialog(core::Session *session, SessionUndo *undo, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_undo(undo)
    , m_language(new QComboBox(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_error(new QLabel(this))
{
    setObjectName(u"translationsDialog"_s);
    setWindowTitle(tr("Translations for the room"));
    m_language->setObjectName(u"translationLanguageCombo"_s);
    m_table->setObjectName(u"translationsTable"_s);
    fillLanguages(m_language, *session);
    m_table->setHorizontalHeaderLabels({tr("What"), tr("Original"), tr("Translation")});
    m_table->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OriginalColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TranslationColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);

    auto *hint = new QLabel(
        tr("The room display shows a translation in the room's language, and in its second language under it. "
           "Content without a translation shows as written."),
        this);
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_table);
    m_error->setObjectName(u"translationsError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020"_s);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(900, 520);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] { fill(); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fill();
}

void TranslationsDialog::fill()
{
    const core::SessionState &state = m_session->state();
    const core::DisplayState &display = state.display();
    const QString language = m_language->currentData().toString();
    m_table->setRowCount(0);
    auto addRow = [&](const QString &what, const QString &kind, int id, const QString &original) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *kindItem = new QTableWidgetItem(what);
        kindItem->setFlags(Qt::ItemIsEnabled);
        kindItem->setData(KindRole, kind);
        kindItem->setData(IdRole, id);
        auto *originalItem = new QTableWidgetItem(original);
        originalItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        const QString translation = display.translation(kind, id, language);
        auto *translationItem = new QTableWidgetItem(translation);
        translationItem->setData(SavedRole, translation);
        translationItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        m_table->setItem(row, KindColumn, kindItem);
        m_table->setItem(row, OriginalColumn, originalItem);
        m_table->setItem(row, TranslationColumn, translationItem);
    };
    const core::Agenda &agenda = state.agenda();
    for (int index = 0; index < agenda.size(); ++index) {
        const core::AgendaItem &item = agenda.item(index);
        addRow(tr("Agenda item"), u"item"_s, item.id, item.title);
    }
    const QStringList &questions = state.definition().policyQuestions;
    for (int i = 0; i < questions.size(); ++i) {
        addRow(tr("Policy question %L1").arg(i + 1), u"question"_s, i, questions.at(i));
    }
    if (!display.message().isEmpty()) {
        addRow(tr("Message to the room"), u"message"_s, 0, display.message());
    }
    for (const core::Takeaway &takeaway : display.takeaways()) {
        addRow(tr("Key takeaway"), u"takeaway"_s, takeaway.id, takeaway.text);
    }
    for (const core::GlossaryTerm &term : display.glossary()) {
        addRow(tr("Glossary term"), u"term"_s, term.id, term.term);
        if (!term.explanation.isEmpty()) {
            addRow(tr("Its explanation"), u"explanation"_s, term.id, term.explanation);
        }
    }
    m_table->resizeRowsToContents();
}

bool TranslationsDialog::save()
{
    const QString language = m_language->currentData().toString();
    m_error->hide();
    if (m_undo) {
        m_undo->beginGroup(tr("Translate for the room"));
    }
    bool ok = true;
    for (int row = 0; row < m_table->rowCount() && ok; ++row) {
        QTableWidgetItem *translation = m_table->item(row, TranslationColumn);
        const QString text = translation->text().trimmed();
        if (text == translation->data(SavedRole).toString()) {
            continue;
        }
        const QTableWidgetItem *kind = m_table->item(row, KindColumn);
        const core::commands::TranslateContent command{
            kind->data(KindRole).toString(), kind->data(IdRole).toInt(), language, text};
        const core::Result<int> done =
            m_undo ? m_undo->change(tr("Translate for the room"), command) : m_session->execute(command);
        if (!done) {
            m_error->setText(core::errorMessage(done.error()));
            m_error->show();
            m_table->setCurrentItem(translation);
            ok = false;
        } else {
            translation->setData(SavedRole, text);
        }
    }
    if (m_undo) {
        m_undo->endGroup();
    }
    return ok;
}

TakeawayDialog::TakeawayDialog(core::Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_text(new QPlainTextEdit(this))
    , m_language(new QComboBox(this))
    , m_translation(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"takeawayDialog"_s);
    setWindowTitle(tr("Approve a key takeaway"));
    m_text->setObjectName(u"takeawayTextEdit"_s);
    m_language->setObjectName(u"takeawayLanguageCombo"_s);
    m_translation->setObjectName(u"takeawayTranslationEdit"_s);
    for (QPlainTextEdit *edit : {m_text, m_translation}) {
        edit->setTabChangesFocus(true);
    }
    if (session->isReplica()) {
        // A joined device learns the takeaway's id only when the host sends it back.
        m_translation->setEnabled(false);
        m_language->setEnabled(false);
        m_translation->setPlaceholderText(
            tr("On a joined device, translate the takeaway in Room › Translations once it is approved."));
    }
    fillLanguages(m_language, *session);
    auto *textLabel = new QLabel(tr("Key takeaway, as the room will read it:"), this);
    textLabel->setBuddy(m_text);
    auto *translationLabel = new QLabel(tr("Its &translation (optional), into:"), this);
    translationLabel->setBuddy(m_translation);
    auto *translationRow = new QHBoxLayout;
    translationRow->addWidget(translationLabel);
    translationRow->addWidget(m_language, 1);
    m_error->setObjectName(u"takeawayError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020"_s);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(textLabel);
    layout->addWidget(m_text, 2);
    layout->addLayout(translationRow);
    layout->addWidget(m_translation, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &TakeawayDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 360);
}

core::Result<int> TakeawayDialog::approve()
{
    const QString text = m_text->toPlainText().trimmed();
    if (text.isEmpty()) {
        return core::Error{core::ErrorCode::InvalidArgument, tr("Type the key takeaway first.")};
    }
    if (m_approved == 0) {
        auto id = m_session->execute(core::commands::ApproveTakeaway{text});
        if (!id) {
            return id.error();
        }
        m_approved = id.value();
    }
    const QString translation = m_translation->toPlainText().trimmed();
    if (!translation.isEmpty() && m_approved > 0) {
        if (auto ok = m_session->execute(core::commands::TranslateContent{
                u"takeaway"_s, m_approved, m_language->currentData().toString(), translation});
            !ok) {
            return ok.error(); // the takeaway stays approved; the translation can be corrected and sent again
        }
    }
    return m_approved;
}

void TakeawayDialog::accept()
{
    if (auto id = approve(); !id) {
        m_error->setText(core::errorMessage(id.error()));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace ui
