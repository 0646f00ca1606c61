// SPDX-License-Identifier: MIT
#include "core/floor/personentry.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace core {
namespace {

/// Lower case, one space between words, hyphens and underscores as spaces, no closing full stop.
QString keyOf(const QString &text)
{
    QString key = text.toLower();
    key.replace(u'-', u' ');
    key.replace(u'_', u' ');
    key = key.simplified();
    while (key.endsWith(u'.') || key.endsWith(u';') || key.endsWith(u':')) {
        key.chop(1);
    }
    return key.simplified();
}

struct Word
{
    const char16_t *canonical;
    std::initializer_list<const char16_t *> keys;
};

const Word groups[] = {
    {u"Government", {u"government", u"governments", u"governmental", u"gov", u"govt"}},
    {u"Private Sector", {u"private sector", u"business", u"private", u"industry"}},
    {u"Civil Society",
     {u"civil society", u"civil", u"cso", u"civil society organization", u"civil society organisation"}},
    {u"Technical Community", {u"technical community", u"technical", u"tech community", u"tech"}},
};

const Word regions[] = {
    {u"African Group", {u"africa", u"african", u"african group", u"africa group", u"afg"}},
    {u"Asia-Pacific Group",
     {u"asia pacific", u"asia pacific group", u"asia", u"apg", u"asia and the pacific", u"asia and pacific"}},
    {u"Eastern European Group",
     {u"eeg", u"eastern europe", u"eastern european", u"eastern european group", u"eastern european states"}},
    {u"GRULAC",
     {u"grulac",
      u"latin america",
      u"latin america and caribbean",
      u"latin america and the caribbean",
      u"latin american and caribbean group"}},
    {u"WEOG",
     {u"weog",
      u"western europe",
      u"western european",
      u"western european and others",
      u"western european and others group",
      u"weog group"}},
};

const Word genders[] = {
    {u"woman", {u"woman", u"women", u"female"}},
    {u"man", {u"man", u"men", u"male"}},
    {u"non-binary", {u"non binary", u"nonbinary", u"enby"}},
};

const Word intergovernmental[] = {
    {u"Intergovernmental Organization",
     {u"igo",
      u"intergovernmental",
      u"intergovernmental organization",
      u"intergovernmental organisation",
      u"international organization",
      u"international organisation"}},
};

template<std::size_t N>
QString match(const Word (&words)[N], const QString &key)
{
    for (const Word &word : words) {
        for (const char16_t *candidate : word.keys) {
            if (key == QStringView(candidate)) {
                return QString::fromUtf16(word.canonical);
            }
        }
    }
    return {};
}

std::optional<Channel> channelOf(const QString &key)
{
    static const QStringList onsite = {u"room"_s,
                                       u"onsite"_s,
                                       u"on site"_s,
                                       u"in the room"_s,
                                       u"in room"_s,
                                       u"in person"_s,
                                       u"in the hall"_s,
                                       u"here"_s};
    static const QStringList online = {u"online"_s, u"on line"_s, u"remote"_s, u"remotely"_s, u"virtual"_s};
    if (onsite.contains(key)) {
        return Channel::Onsite;
    }
    if (online.contains(key)) {
        return Channel::Online;
    }
    return std::nullopt;
}

/// Sets a field the first time; a different value later is not this field's (false).
bool fill(QString *field, const QString &value)
{
    if (field->isEmpty()) {
        *field = value;
        return true;
    }
    return *field == value;
}

} // namespace

Result<PersonEntry> PersonEntryParser::parse(const QString &line)
{
    // Commas (also the Arabic and the full-width one) separate the parts, and so do slashes with a space
    // beside them; a slash within a word ("civil society/GRULAC") only when a known word follows it, so a
    // name or an organisation that holds a slash ("Kofi <b>Mensah</b>", "ISOC/ITU") stays whole.
    static const QRegularExpression separators(u"[,\u060C\uFF0C]|\\s/\\s*|/\\s"_s);
    auto isKnownWord = [](const QString &text) {
        const QString key = keyOf(text.simplified());
        return !key.isEmpty()
               && (!match(groups, key).isEmpty() || !match(regions, key).isEmpty() || !match(genders, key).isEmpty()
                   || !match(intergovernmental, key).isEmpty() || channelOf(key).has_value() || key == u"hub"
                   || key.startsWith(u"hub "));
    };
    QStringList parts;
    for (const QString &segment : line.split(separators)) {
        const QStringList pieces = segment.split(u'/');
        parts.append(pieces.constFirst());
        for (qsizetype k = 1; k < pieces.size(); ++k) {
            if (isKnownWord(pieces.at(k))) {
                parts.append(pieces.at(k));
            } else {
                parts.last() += u'/' + pieces.at(k);
            }
        }
    }
    PersonEntry entry;
    entry.name = parts.value(0).simplified();
    if (entry.name.isEmpty()) {
        return Error{ErrorCode::InvalidArgument,
                     tr("Type the name first, then what you know of them, e.g. \"%1\".")
                         .arg(u"Ana Pérez, civil society, GRULAC, woman, online"_s)};
    }
    QStringList ownWords;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString text = parts.at(i).simplified();
        const QString key = keyOf(text);
        if (key.isEmpty()) {
            continue;
        }
        bool known = false;
        if (const QString group = match(groups, key); !group.isEmpty()) {
            known = fill(&entry.stakeholderGroup, group);
        } else if (const QString region = match(regions, key); !region.isEmpty()) {
            known = fill(&entry.region, region);
        } else if (const QString gender = match(genders, key); !gender.isEmpty()) {
            known = fill(&entry.gender, gender);
        } else if (const QString igo = match(intergovernmental, key); !igo.isEmpty()) {
            // The IGF counts intergovernmental organisations as a stakeholder group and as a region.
            known = entry.stakeholderGroup.isEmpty() ? fill(&entry.stakeholderGroup, igo) : fill(&entry.region, igo);
        } else if (const auto channel = channelOf(key)) {
            known = !entry.channel || (*entry.channel == *channel && entry.hub.isEmpty());
            entry.channel = entry.channel.value_or(*channel);
        } else if (key == u"hub" || key.startsWith(u"hub ")) {
            const QString hub = text.mid(3).simplified();
            if (hub.isEmpty()) {
                return Error{ErrorCode::InvalidArgument,
                             tr("Name the remote hub after \"hub\", e.g. \"%1\".").arg(u"hub Nairobi"_s)};
            }
            known = !entry.channel;
            if (known) {
                entry.channel = Channel::Hub;
                entry.hub = hub;
            }
        }
        if (!known) {
            ownWords.append(text);
        }
    }
    entry.organization = ownWords.join(u", "_s);
    return entry;
}

QStringList PersonEntryParser::vocabulary()
{
    QStringList words;
    auto add = [&words](const auto &list) {
        for (const Word &word : list) {
            words.append(QString::fromUtf16(word.canonical));
        }
    };
    add(groups);
    add(intergovernmental);
    add(regions);
    add(genders);
    words.append({u"room"_s, u"online"_s, u"hub "_s});
    return words;
}

QString PersonEntryParser::syntaxHelp()
{
    return tr("A name, then, after commas or slashes and in any order: stakeholder group (government, private "
              "sector, civil society, technical community, IGO), regional group (Africa, Asia-Pacific, EEG, GRULAC, "
              "WEOG), gender (woman, man, non-binary) and channel (room, online, hub NAME). Anything else is kept as "
              "the organisation.\nExample: %1")
        .arg(u"Ana Pérez, civil society, GRULAC, woman, online"_s);
}

} // namespace core
