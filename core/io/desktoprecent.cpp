// SPDX-License-Identifier: MIT
#include "core/io/desktoprecent.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace core {
namespace {

const QString BookmarkNs = u"http://www.freedesktop.org/standards/desktop-bookmarks"_s;
const QString MimeNs = u"http://www.freedesktop.org/standards/shared-mime-info"_s;
constexpr qint64 MaxListBytes = 16 * 1024 * 1024;

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

void writeBookmark(QXmlStreamWriter &xml,
                   const QString &href,
                   const QString &added,
                   const QString &now,
                   const QString &mimeType,
                   const QString &application,
                   const QString &exec,
                   int count)
{
    xml.writeStartElement(u"bookmark"_s);
    xml.writeAttribute(u"href"_s, href);
    xml.writeAttribute(u"added"_s, added);
    xml.writeAttribute(u"modified"_s, now);
    xml.writeAttribute(u"visited"_s, now);
    xml.writeStartElement(u"info"_s);
    xml.writeStartElement(u"metadata"_s);
    xml.writeAttribute(u"owner"_s, u"http://freedesktop.org"_s);
    xml.writeEmptyElement(MimeNs, u"mime-type"_s);
    xml.writeAttribute(u"type"_s, mimeType);
    xml.writeStartElement(BookmarkNs, u"applications"_s);
    xml.writeEmptyElement(BookmarkNs, u"application"_s);
    xml.writeAttribute(u"name"_s, application);
    xml.writeAttribute(u"exec"_s, exec);
    xml.writeAttribute(u"modified"_s, now);
    xml.writeAttribute(u"count"_s, QString::number(count));
    xml.writeEndElement(); // applications
    xml.writeEndElement(); // metadata
    xml.writeEndElement(); // info
    xml.writeEndElement(); // bookmark
}

} // namespace

QString DesktopRecent::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/recently-used.xbel"_s;
}

Result<void> DesktopRecent::add(const QString &xbelPath,
                                const QString &file,
                                const QString &mimeType,
                                const QString &application,
                                const QString &exec,
                                const QDateTime &now)
{
    const QString href = QString::fromUtf8(QUrl::fromLocalFile(QFileInfo(file).absoluteFilePath()).toEncoded());
    const QString nowText = stamp(now);
    QByteArray existing;
    if (QFileInfo::exists(xbelPath)) {
        QFile in(xbelPath);
        if (!in.open(QIODevice::ReadOnly)) {
            return Error{ErrorCode::FileNotFound, xbelPath};
        }
        if (in.size() > MaxListBytes) {
            return Error{ErrorCode::InvalidArgument, xbelPath};
        }
        existing = in.readAll();
    }

    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter xml(&buffer);
    QString added = nowText;
    int count = 1;
    if (existing.trimmed().isEmpty()) {
        xml.setAutoFormatting(true);
        xml.writeNamespace(BookmarkNs, u"bookmark"_s);
        xml.writeNamespace(MimeNs, u"mime"_s);
        xml.writeStartDocument();
        xml.writeStartElement(u"xbel"_s);
        xml.writeAttribute(u"version"_s, u"1.0"_s);
        writeBookmark(xml, href, added, nowText, mimeType, application, exec, count);
        xml.writeEndElement();
        xml.writeEndDocument();
    } else {
        // Copy every token, leaving out this file's own bookmark, and add it again at the end of the list.
        QXmlStreamReader reader(existing);
        int depth = 0;
        int skipFrom = -1; // the depth of the bookmark being left out
        bool sawXbel = false;
        while (!reader.atEnd()) {
            const QXmlStreamReader::TokenType token = reader.readNext();
            if (token == QXmlStreamReader::Invalid) {
                break;
            }
            if (token == QXmlStreamReader::StartElement) {
                ++depth;
                if (depth == 1) {
                    if (reader.name() != u"xbel") {
                        return Error{ErrorCode::Parse, xbelPath};
                    }
                    sawXbel = true;
                }
                if (skipFrom < 0 && depth == 2 && reader.name() == u"bookmark"
                    && reader.attributes().value(u"href"_s) == href) {
                    skipFrom = depth;
                    if (const auto first = reader.attributes().value(u"added"_s); !first.isEmpty()) {
                        added = first.toString();
                    }
                }
                if (skipFrom >= 0 && reader.name() == u"application"
                    && reader.attributes().value(u"name"_s) == application) {
                    count = std::clamp(reader.attributes().value(u"count"_s).toInt() + 1, 1, 1'000'000);
                }
            }
            if (token == QXmlStreamReader::EndElement && depth == 1) {
                writeBookmark(xml, href, added, nowText, mimeType, application, exec, count);
            }
            if (skipFrom < 0) {
                xml.writeCurrentToken(reader);
            }
            if (token == QXmlStreamReader::EndElement) {
                if (depth == skipFrom) {
                    skipFrom = -1;
                }
                --depth;
            }
        }
        if (reader.hasError() || !sawXbel) {
            return Error{ErrorCode::Parse, xbelPath};
        }
    }
    buffer.close();

    QDir().mkpath(QFileInfo(xbelPath).absolutePath());
    QSaveFile save(xbelPath);
    if (!save.open(QIODevice::WriteOnly) || save.write(out) != out.size() || !save.commit()) {
        return Error{ErrorCode::Io, xbelPath};
    }
    return {};
}

} // namespace core
