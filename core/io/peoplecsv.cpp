// SPDX-License-Identifier: MIT
#include "core/io/peoplecsv.h"

#include <QFile>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace core {
namespace {

const QStringList columns{
    u"name"_s, u"organization"_s, u"stakeholder_group"_s, u"region"_s, u"gender"_s, u"channel"_s, u"hub"_s, u"roles"_s};

bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@';
}

/// Whether a cell holding text gets an apostrophe in front: a spreadsheet could take it for a
/// formula (the characters OWASP lists, also after spaces), or it starts with an apostrophe, which
/// must survive reading.
bool needsApostrophe(QStringView text)
{
    if (text.isEmpty()) {
        return false;
    }
    const QChar first = text.front();
    if (first == u'\'' || first == u'\t' || first == u'\r' || first == u'\n' || isFormulaStart(first)) {
        return true;
    }
    qsizetype at = 0;
    while (at < text.size() && text.at(at).isSpace()) {
        ++at;
    }
    return at < text.size() && isFormulaStart(text.at(at));
}

QString cell(const QString &value)
{
    QString text = value;
    if (needsApostrophe(text)) {
        text.prepend(u'\'');
    }
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')
        || text.contains(u';') || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()))) {
        text.replace(u"\""_s, u"\"\""_s);
        return u'"' + text + u'"';
    }
    return text;
}

/// The inverse of cell()'s apostrophe; an apostrophe a person typed before other text stays.
QString uncell(const QString &value)
{
    if (value.startsWith(u'\'') && needsApostrophe(QStringView(value).mid(1))) {
        return value.mid(1);
    }
    return value;
}

struct Row
{
    int line = 0;
    QStringList cells;
};

/// Splits CSV text into rows of cells; quoted cells may hold delimiters, quotes and line breaks and
/// keep every character, while spaces around an unquoted cell (or after a quoted one) are dropped.
Result<QList<Row>> splitRows(const QString &text, QChar delimiter)
{
    QList<Row> rows;
    Row row;
    QString current;
    bool quoted = false;
    bool wasQuoted = false;
    int line = 1;
    row.line = 1;
    auto endCell = [&] {
        row.cells.append(wasQuoted ? current : current.trimmed());
        current.clear();
        wasQuoted = false;
    };
    auto endRow = [&] {
        endCell();
        const bool blank = row.cells.size() == 1 && row.cells.constFirst().trimmed().isEmpty();
        if (!blank) {
            rows.append(row);
        }
        row = Row{};
        row.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    current.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n') {
                    ++line;
                }
                current.append(c);
            }
            continue;
        }
        if (c == u'"' && current.trimmed().isEmpty() && !wasQuoted) {
            current.clear();
            quoted = true;
            wasQuoted = true;
        } else if (c == delimiter) {
            endCell();
        } else if (wasQuoted && c.isSpace() && c != u'\r' && c != u'\n') {
            continue; // between the closing quote and the delimiter
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
                ++i;
            }
            ++line;
            endRow();
        } else {
            current.append(c);
        }
        if (rows.size() > PeopleCsv::MaxRows) {
            return Error{ErrorCode::InvalidArgument,
                         PeopleCsv::tr("the file has more than %1 rows").arg(PeopleCsv::MaxRows)};
        }
    }
    if (quoted) {
        return Error{ErrorCode::Parse, PeopleCsv::tr("line %1: a quoted cell is not closed").arg(row.line)};
    }
    endRow();
    return rows;
}

} // namespace

QByteArray PeopleCsv::write(const QList<Participant> &people)
{
    QString text = columns.join(u',') + u"\r\n"_s;
    for (const auto &person : people) {
        QStringList roles;
        for (Role role : person.roles) {
            roles.append(roleKey(role));
        }
        const QString channel = person.channel == Channel::Hub ? u"hub"_s : person.channelKey();
        const QStringList cells{person.name,
                                person.organization,
                                person.stakeholderGroup,
                                person.region,
                                person.gender,
                                channel,
                                person.hub,
                                roles.join(u';')};
        QStringList escaped;
        for (const auto &value : cells) {
            escaped.append(cell(value));
        }
        text += escaped.join(u',') + u"\r\n"_s;
    }
    return text.toUtf8();
}

Result<PeopleCsvImport> PeopleCsv::read(const QByteArray &bytes)
{
    if (bytes.size() > MaxFileBytes) {
        return Error{ErrorCode::InvalidArgument, tr("the file is larger than 5 MB")};
    }
    if (bytes.contains('\0')) {
        return Error{ErrorCode::Parse, tr("this is not a text file")};
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        return Error{ErrorCode::Parse, tr("the file is not UTF-8 text")};
    }
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    const QString firstLine = text.section(u'\n', 0, 0);
    const QChar delimiter = firstLine.count(u';') > firstLine.count(u',') ? u';' : u',';
    auto rows = splitRows(text, delimiter);
    if (!rows) {
        return rows.error();
    }
    if (rows.value().isEmpty()) {
        return Error{ErrorCode::Parse, tr("the file is empty")};
    }
    // The header: which column holds what.
    QHash<QString, int> position;
    const QStringList header = rows.value().constFirst().cells;
    for (int i = 0; i < header.size(); ++i) {
        QString key = header.at(i).trimmed().toLower();
        key.replace(u' ', u'_');
        if (key == u"organisation") {
            key = u"organization"_s;
        } else if (key == u"stakeholder" || key == u"group") {
            key = u"stakeholder_group"_s;
        } else if (key == u"role") {
            key = u"roles"_s;
        }
        if (columns.contains(key) && !position.contains(key)) {
            position.insert(key, i);
        }
    }
    if (!position.contains(u"name"_s)) {
        return Error{ErrorCode::Parse, tr("the first row must name the columns, one of them \"name\"")};
    }
    PeopleCsvImport result;
    QSet<QString> seen;
    for (qsizetype r = 1; r < rows.value().size(); ++r) {
        const Row &row = rows.value().at(r);
        auto value = [&](const QString &key) {
            const int index = position.value(key, -1);
            return index >= 0 && index < row.cells.size() ? uncell(row.cells.at(index)) : QString();
        };
        Participant person;
        person.name = value(u"name"_s);
        const QString nameKey = person.name.simplified().toLower();
        if (nameKey.isEmpty()) {
            result.warnings.append(tr("line %1: no name; the row is skipped").arg(row.line));
            continue;
        }
        if (nameKey.size() > 200) {
            result.warnings.append(
                tr("line %1: the name is longer than 200 characters; the row is skipped").arg(row.line));
            continue;
        }
        if (seen.contains(nameKey)) {
            result.warnings.append(
                tr("line %1: \"%2\" appears twice; the later row is skipped").arg(row.line).arg(person.name));
            continue;
        }
        person.organization = value(u"organization"_s);
        person.stakeholderGroup = value(u"stakeholder_group"_s);
        person.region = value(u"region"_s);
        person.gender = value(u"gender"_s);
        person.hub = value(u"hub"_s);
        const QString channel = value(u"channel"_s).simplified().toLower();
        if (channel.isEmpty() || channel == u"onsite") {
            person.channel = Channel::Onsite;
        } else if (channel == u"online" || channel == u"remote") {
            person.channel = Channel::Online;
        } else if (channel == u"hub" || channel.startsWith(u"hub:")) {
            if (channel.startsWith(u"hub:") && person.hub.isEmpty()) {
                person.hub = value(u"channel"_s).mid(4).simplified();
            }
            person.channel = person.hub.isEmpty() ? Channel::Online : Channel::Hub;
            if (person.hub.isEmpty()) {
                result.warnings.append(
                    tr("line %1: a hub without a name; \"%2\" joins online").arg(row.line).arg(person.name));
            }
        } else {
            result.warnings.append(
                tr("line %1: unknown channel \"%2\"; \"%3\" joins onsite").arg(row.line).arg(channel, person.name));
        }
        QString roleList = value(u"roles"_s);
        roleList.replace(u'|', u';').replace(u'/', u';');
        for (const QString &key : roleList.split(u';', Qt::SkipEmptyParts)) {
            QString normalized = key.trimmed().toLower();
            normalized.replace(u' ', u'_');
            Role role{};
            if (roleFromKey(normalized, &role)) {
                if (!person.roles.contains(role)) {
                    person.roles.append(role);
                }
            } else {
                result.warnings.append(tr("line %1: unknown role \"%2\" is left out").arg(row.line).arg(key.trimmed()));
            }
        }
        if (person.roles.isEmpty()) {
            person.roles.append(Role::Audience);
        }
        seen.insert(nameKey);
        result.people.append(person);
    }
    return result;
}

Result<PeopleCsvImport> PeopleCsv::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::FileNotFound, tr("cannot read \"%1\": %2").arg(path, file.errorString())};
    }
    if (file.size() > MaxFileBytes) {
        return Error{ErrorCode::InvalidArgument, tr("the file is larger than 5 MB")};
    }
    return read(file.readAll());
}

} // namespace core
