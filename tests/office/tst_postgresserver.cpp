// The throwaway PostgreSQL server the office tests run against: it starts, Qt's QPSQL driver
// talks to it, and it leaves nothing behind.

#include "postgresserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <arpa/inet.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using hearth::test::PostgresServer;

namespace {

bool somethingListensOn(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(port);
    const bool connected
        = ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0;
    ::close(fd);
    return connected;
}

} // namespace

class TestPostgresServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s),
            "Qt's QPSQL driver is missing: install the packages in packaging/debian-packages.txt");
    }

    void startsQueriesAndLeavesNothingBehind()
    {
        quint16 port = 0;
        QString dataDirectory;
        {
            PostgresServer server;
            const QString started = server.start();
            QVERIFY2(started.isEmpty(), qPrintable(started));
            QVERIFY(server.isRunning());
            port = server.port();
            dataDirectory = server.dataDirectory();
            QVERIFY(port != 0);
            QVERIFY(QFileInfo::exists(dataDirectory + u"/PG_VERSION"_s));
            QVERIFY(somethingListensOn(port));

            const QString created = server.createDatabase(u"hearth_office"_s);
            QVERIFY2(created.isEmpty(), qPrintable(created));
            QVERIFY(server.createDatabase(u"hearth_office"_s).contains(u"already exists"));
            QCOMPARE(server.url(u"hearth_office"_s),
                u"postgresql://postgres@127.0.0.1:%1/hearth_office"_s.arg(port));

            const QString connection
                = u"tst_postgresserver-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
                db.setHostName(server.host());
                db.setPort(server.port());
                db.setUserName(server.user());
                db.setDatabaseName(u"hearth_office"_s);
                QVERIFY2(db.open(), qPrintable(db.lastError().text()));

                QSqlQuery query(db);
                QVERIFY2(query.exec(u"CREATE TABLE person (id integer PRIMARY KEY, name text)"_s),
                    qPrintable(query.lastError().text()));
                QVERIFY(query.prepare(u"INSERT INTO person (id, name) VALUES (?, ?)"_s));
                query.addBindValue(1);
                query.addBindValue(u"Siân Ŵyn-Jones"_s);
                QVERIFY2(query.exec(), qPrintable(query.lastError().text()));

                QVERIFY2(query.exec(u"SELECT id, name FROM person"_s),
                    qPrintable(query.lastError().text()));
                QVERIFY(query.next());
                QCOMPARE(query.value(0).toInt(), 1);
                QCOMPARE(query.value(1).toString(), u"Siân Ŵyn-Jones"_s);
                QVERIFY(!query.next());
                db.close();
            }
            QSqlDatabase::removeDatabase(connection);
        }
        QVERIFY2(!somethingListensOn(port), "the server still listens after it was destroyed");
        QVERIFY(!dataDirectory.isEmpty());
        QVERIFY(!QFileInfo::exists(dataDirectory));
        QVERIFY(!QFileInfo::exists(QFileInfo(dataDirectory).path()));
    }

    void twoAtOnce()
    {
        PostgresServer first;
        PostgresServer second;
        const QString firstStarted = first.start();
        QVERIFY2(firstStarted.isEmpty(), qPrintable(firstStarted));
        const QString secondStarted = second.start();
        QVERIFY2(secondStarted.isEmpty(), qPrintable(secondStarted));
        QVERIFY(first.port() != second.port());
        QVERIFY(first.dataDirectory() != second.dataDirectory());

        QVERIFY(first.stop().isEmpty());
        QVERIFY(!first.isRunning());
        QVERIFY(second.isRunning());
        QVERIFY(somethingListensOn(second.port()));
    }

    // A test that dies without its destructors (here: abort()) leaves no server behind.
    void crashedTestLeavesNothingBehind()
    {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {u"--start-and-abort"_s});
        QVERIFY(child.waitForFinished(120000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n');
        QVERIFY2(lines.size() >= 2, qPrintable(QString::fromUtf8(child.readAllStandardError())));
        const quint16 port = quint16(lines.at(0).toUInt());
        const QString dir = lines.at(1);
        QVERIFY(port > 0);
        QVERIFY(!dir.isEmpty());
        QDeadlineTimer deadline(30000);
        while ((somethingListensOn(port) || QFileInfo::exists(dir)) && !deadline.hasExpired())
            QTest::qWait(200);
        QVERIFY2(!somethingListensOn(port), "the server outlived the test that started it");
        QVERIFY2(!QFileInfo::exists(dir), qPrintable(dir));
    }

    void refusesWhatItCannotDo()
    {
        const PostgresServer server;
        QVERIFY(server.createDatabase(u"hearth_office"_s).contains(u"not running"));
    }
};

int main(int argc, char **argv)
{
    // The child of crashedTestLeavesNothingBehind: start a server, say where, and die.
    if (argc == 2 && std::strcmp(argv[1], "--start-and-abort") == 0) {
        QCoreApplication app(argc, argv);
        static hearth::test::PostgresServer server;
        const QString error = server.start();
        if (!error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("%u\n%s\n", unsigned(server.port()), qPrintable(server.dataDirectory()));
        std::fflush(stdout);
        std::abort();
    }
    QCoreApplication app(argc, argv);
    TestPostgresServer test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_postgresserver.moc"
