// SPDX-License-Identifier: MIT
// The desktop's recent files list (recently-used.xbel): Moderato's sessions are added without disturbing
// what other programs keep there.
#include "core/io/desktoprecent.h"
#include "tests/support/helpers.h"

#include <QDomDocument>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString Mime = u"application/x-moderato-session"_s;
const QString Exec = u"'moderato %f'"_s;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Each bookmark's href, in order, and whether the whole file is well-formed.
QStringList bookmarks(const QByteArray &xml, bool *wellFormed)
{
    QStringList hrefs;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"bookmark") {
            hrefs.append(reader.attributes().value(u"href"_s).toString());
        }
    }
    *wellFormed = !reader.hasError();
    return hrefs;
}

} // namespace

class TestDesktopRecent : public QObject
{
    Q_OBJECT

private slots:
    void newList_isCreated();
    void otherPrograms_entriesAreKept_andOursIsOnce();
    void brokenList_isLeftUntouched();
    void hostileFileName_isEscaped();

private:
    QTemporaryDir m_dir;
};

void TestDesktopRecent::newList_isCreated()
{
    const QString list = m_dir.filePath(u"new/share/recently-used.xbel"_s);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(1'574'758'800'000, Qt::UTC);
    MODERATO_VERIFY_OK(core::DesktopRecent::add(list, u"/home/ana/ws195.moderato"_s, Mime, u"Moderato"_s, Exec, now));
    const QByteArray xml = readAll(list);
    bool ok = false;
    QCOMPARE(bookmarks(xml, &ok), QStringList{u"file:///home/ana/ws195.moderato"_s});
    QVERIFY(ok);
    QVERIFY(xml.contains("type=\"application/x-moderato-session\""));
    QVERIFY(xml.contains("name=\"Moderato\""));
    QVERIFY(xml.contains("added=\"2019-11-26T09:00:00.000Z\""));
    QVERIFY(xml.contains("xmlns:bookmark=\"http://www.freedesktop.org/standards/desktop-bookmarks\""));
}

void TestDesktopRecent::otherPrograms_entriesAreKept_andOursIsOnce()
{
    const QString list = m_dir.filePath(u"recently-used.xbel"_s);
    // As GTK writes it, with another program's file and an element Moderato does not know.
    QFile file(list);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"(<?xml version="1.0" encoding="UTF-8"?>
<xbel version="1.0"
      xmlns:bookmark="http://www.freedesktop.org/standards/desktop-bookmarks"
      xmlns:mime="http://www.freedesktop.org/standards/shared-mime-info"
>
  <bookmark href="file:///home/ana/notes.txt" added="2026-11-01T10:00:00.000000Z" modified="2026-11-01T10:00:00.000000Z" visited="2026-11-01T10:00:00.000000Z">
    <info>
      <metadata owner="http://freedesktop.org">
        <mime:mime-type type="text/plain"/>
        <bookmark:groups><bookmark:group>gedit</bookmark:group></bookmark:groups>
        <bookmark:applications>
          <bookmark:application name="gedit" exec="&apos;gedit %u&apos;" modified="2026-11-01T10:00:00.000000Z" count="3"/>
        </bookmark:applications>
      </metadata>
    </info>
  </bookmark>
</xbel>
)");
    file.close();
    const QDateTime first = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    MODERATO_VERIFY_OK(core::DesktopRecent::add(list, u"/home/ana/ws195.moderato"_s, Mime, u"Moderato"_s, Exec, first));
    MODERATO_VERIFY_OK(
        core::DesktopRecent::add(list, u"/home/ana/ws195.moderato"_s, Mime, u"Moderato"_s, Exec, first.addSecs(3600)));
    const QByteArray xml = readAll(list);
    bool ok = false;
    QCOMPARE(bookmarks(xml, &ok), (QStringList{u"file:///home/ana/notes.txt"_s, u"file:///home/ana/ws195.moderato"_s}));
    QVERIFY2(ok, xml.constData());
    // The other program's entry, word for word; ours keeps when it was first added and counts the uses.
    QVERIFY(xml.contains("<bookmark:group>gedit</bookmark:group>"));
    QVERIFY(xml.contains("count=\"3\""));
    QVERIFY(xml.contains("added=\"2023-11-14T22:13:20.000Z\""));
    QVERIFY(xml.contains("modified=\"2023-11-14T23:13:20.000Z\""));
    QVERIFY2(xml.contains("name=\"Moderato\" exec=\"'moderato %f'\" modified=\"2023-11-14T23:13:20.000Z\" count=\"2\""),
             xml.constData());
    // Still a document a desktop reads: the namespaces resolve.
    QDomDocument dom;
    QVERIFY(dom.setContent(xml, true));
    QCOMPARE(
        dom.elementsByTagNameNS(u"http://www.freedesktop.org/standards/desktop-bookmarks"_s, u"application"_s).size(),
        2);
}

void TestDesktopRecent::brokenList_isLeftUntouched()
{
    const QString list = m_dir.filePath(u"broken.xbel"_s);
    const QByteArray broken = "<xbel version=\"1.0\"><bookmark href=\"file:///a\"><info></xbel>";
    QFile file(list);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(broken);
    file.close();
    const auto added = core::DesktopRecent::add(
        list, u"/tmp/x.moderato"_s, Mime, u"Moderato"_s, Exec, QDateTime::currentDateTimeUtc());
    QVERIFY(!added.has_value());
    QCOMPARE(added.error().code, core::ErrorCode::Parse);
    QCOMPARE(readAll(list), broken);
    // Not an XBEL list at all: the same.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("<html><body>hello</body></html>");
    file.close();
    QVERIFY(!core::DesktopRecent::add(list, u"/tmp/x.moderato"_s, Mime, u"Moderato"_s, Exec, QDateTime()).has_value());
    QCOMPARE(readAll(list), QByteArray("<html><body>hello</body></html>"));
}

void TestDesktopRecent::hostileFileName_isEscaped()
{
    const QString list = m_dir.filePath(u"hostile.xbel"_s);
    const QString name = u"/home/ana/a\"<b>&'c d é.moderato"_s;
    MODERATO_VERIFY_OK(
        core::DesktopRecent::add(list, name, Mime, u"Moderato"_s, Exec, QDateTime::currentDateTimeUtc()));
    bool ok = false;
    const QStringList hrefs = bookmarks(readAll(list), &ok);
    QVERIFY(ok);
    QCOMPARE(hrefs.size(), 1);
    QCOMPARE(QUrl::fromEncoded(hrefs.constFirst().toUtf8()).toLocalFile(), name);
}

QTEST_GUILESS_MAIN(TestDesktopRecent)
#include "tst_desktoprecent.moc"
