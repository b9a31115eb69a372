// SPDX-License-Identifier: MIT
#include "collectionrunner.h"
#include "collectionstore.h"
#include "exportcommand.h"
#include "globalvariables.h"
#include "historystore.h"
#include "importcommand.h"
#include "playgroundserver.h"
#include "reportcommand.h"
#include "scriptrunner.h"
#include "secretstore.h"
#include "sendcommand.h"
#include "sendoptions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int g_signalPipe[2] = { -1, -1 };

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

/// Quits the event loop on SIGINT/SIGTERM so servers shut down cleanly (the self-pipe trick).
void quitOnTerminationSignals()
{
    if (::pipe(g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(
        notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [] { QCoreApplication::quit(); });
    std::signal(SIGINT, onTerminationSignal);
    std::signal(SIGTERM, onTerminationSignal);
}

void setApplicationNames()
{
    QCoreApplication::setApplicationName(u"reqscope-cli"_s);
    QCoreApplication::setOrganizationName(u"Reqscope"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(REQSCOPE_VERSION));
}

int usageError(const QString &message)
{
    std::fprintf(stderr, "reqscope-cli: %s\n", qPrintable(message));
    return 2;
}

int runPlayground(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Run the embedded playground server until interrupted."_s);
    parser.addHelpOption();
    const QCommandLineOption portOption(u"port"_s, u"HTTP port (default: a free port)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption tlsPortOption(u"tls-port"_s, u"HTTPS port (default: a free port)."_s, u"N"_s, u"0"_s);
    parser.addOptions({ portOption, tlsPortOption });
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    bool portOk = false;
    bool tlsPortOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    const uint tlsPort = parser.value(tlsPortOption).toUInt(&tlsPortOk);
    if (!portOk || port > 65535 || !tlsPortOk || tlsPort > 65535)
        return usageError(u"--port and --tls-port take a number from 0 to 65535"_s);

    Reqscope::PlaygroundServer server;
    if (!server.listen(quint16(port), quint16(tlsPort))) {
        std::fprintf(stderr, "reqscope-cli: playground: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    std::printf("%s\n%s\n", qPrintable(server.url().toString()), qPrintable(server.secureUrl().toString()));
    std::fflush(stdout);
    quitOnTerminationSignals();
    return QCoreApplication::exec();
}

/// `script FILE [--var NAME=VALUE]…` (cli.md §2): argument parsing here, everything else in ScriptRunner.
int runScript(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Run a JSON script of WinHTTP calls; print one JSON line per step and event."_s);
    parser.addHelpOption();
    const QCommandLineOption varOption(u"var"_s, u"Define ${NAME} for the script; repeatable."_s, u"NAME=VALUE"_s);
    parser.addOption(varOption);
    parser.addPositionalArgument(u"FILE"_s, u"The script (UTF-8 JSON), or - for stdin."_s);
    if (!parser.parse(arguments))
        return usageError(u"script: "_s + parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(u"script: expected one FILE (or - for stdin)"_s);
    QHash<QString, QString> variables;
    for (const QString &definition : parser.values(varOption)) {
        const qsizetype equals = definition.indexOf(u'=');
        if (equals < 1)
            return usageError(u"script: --var expects NAME=VALUE, got '%1'"_s.arg(definition));
        variables.insert(definition.left(equals), definition.mid(equals + 1));
    }

    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    const bool opened = path == "-"_L1 ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened)
        return usageError(u"script: cannot read %1: %2"_s.arg(path, file.errorString()));
    const QByteArray script = file.readAll();

    Reqscope::ScriptRunner runner([](const QByteArray &line) {
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout); // lines are for whoever watches them arrive
    });
    const int exitCode = runner.run(script, variables);
    if (exitCode != 0)
        return usageError(u"script: "_s + runner.errorString());
    return 0;
}

/// `send [options] URL` (cli.md §1): parsing and running both live in core (SendOptions, SendCommand).
int runSend(const QStringList &arguments)
{
    QString error;
    const std::optional<Reqscope::SendOptions> options = Reqscope::SendOptions::parse(arguments.mid(1), error);
    if (!options)
        return usageError(u"send: "_s + error);
    if (options->help) {
        std::fputs(qPrintable(Reqscope::SendOptions::usage()), stdout);
        return 0;
    }
    std::signal(SIGPIPE, SIG_IGN); // a closed stdout is a write error with a message, not a silent death
    Reqscope::SendCommand command(*options, { STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO });
    return command.run();
}

/// `run DIR [--env NAME] [--folder PATH]`: loading, sending and the line format live in core.
int runCollection(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Send every request of a collection in order; one JSON line each."_s);
    const QCommandLineOption envOption(u"env"_s, u"Use the environment NAME."_s, u"NAME"_s);
    const QCommandLineOption folderOption(u"folder"_s, u"Only the requests under PATH (slugs, '/')."_s, u"PATH"_s);
    const QCommandLineOption noHistoryOption(u"no-history"_s, u"Do not record the requests in the history."_s);
    parser.addOptions({ envOption, folderOption, noHistoryOption });
    parser.addPositionalArgument(u"DIR"_s, u"The collection directory."_s);
    if (!parser.parse(arguments))
        return usageError(u"run: "_s + parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usageError(u"run: expected one collection DIR"_s);
    Reqscope::SecretStore secrets;
    for (const Reqscope::LoadError &e : secrets.load())
        std::fprintf(stderr, "reqscope-cli: %s\n", qPrintable(e.toString()));
    const QString dir = parser.positionalArguments().constFirst();
    const Reqscope::CollectionStore::LoadResult loaded = Reqscope::CollectionStore::load(dir, &secrets);
    for (const Reqscope::LoadError &e : loaded.errors) // the rest of the collection still runs
        std::fprintf(stderr, "reqscope-cli: %s/%s\n", qPrintable(dir), qPrintable(e.toString()));
    if (!loaded.ok)
        return 2;
    // The broadest scope: request > folder > collection > environment > global.
    const Reqscope::GlobalVariables::LoadResult globals = Reqscope::GlobalVariables::load(QString(), &secrets);
    for (const Reqscope::LoadError &e : globals.errors)
        std::fprintf(stderr, "reqscope-cli: %s\n", qPrintable(e.toString()));
    Reqscope::HistoryStore history;
    Reqscope::CollectionRunner runner;
    runner.setGlobals(globals.variables);
    if (!parser.isSet(noHistoryOption) && history.open())
        runner.setHistory(&history);
    const auto print = [](const QByteArray &line) {
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    };
    QObject::connect(&runner,
        &Reqscope::CollectionRunner::requestFinished,
        QCoreApplication::instance(),
        [&print](const auto &result) { print(Reqscope::CollectionRunner::resultLine(result)); });
    QObject::connect(&runner, &Reqscope::CollectionRunner::finished, QCoreApplication::instance(), [&] {
        print(runner.summaryLine());
        QCoreApplication::exit(runner.failureCount() > 0 ? 1 : 0);
    });
    if (!runner.start(loaded.collection, parser.value(envOption), parser.value(folderOption)))
        return usageError(u"run: "_s + runner.errorString());
    return QCoreApplication::exec();
}

/// `import --from curl|postman|har FILE --to DIR [--env FILE]…`: parsing here, the work in ImportCommand.
int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Import curl commands, a Postman collection or a HAR file as a collection."_s);
    parser.addHelpOption();
    const QCommandLineOption fromOption(u"from"_s, u"Input format: curl, postman or har."_s, u"FORMAT"_s);
    const QCommandLineOption toOption(u"to"_s, u"The new collection directory."_s, u"DIR"_s);
    const QCommandLineOption envOption(u"env"_s, u"A Postman environment export to add; repeatable."_s, u"FILE"_s);
    parser.addOptions({ fromOption, toOption, envOption });
    parser.addPositionalArgument(u"FILE"_s, u"The file to import, or - for stdin."_s);
    if (!parser.parse(arguments))
        return usageError(u"import: "_s + parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    const std::optional<Reqscope::ImportCommand::Format> format
        = Reqscope::ImportCommand::format(parser.value(fromOption));
    if (!format)
        return usageError(u"import: --from expects curl, postman or har"_s);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(toOption))
        return usageError(u"import: expected one FILE and --to DIR"_s);
    Reqscope::SecretStore secrets;
    for (const Reqscope::LoadError &e : secrets.load())
        std::fprintf(stderr, "reqscope-cli: %s\n", qPrintable(e.toString()));
    const Reqscope::ImportCommand command(
        [](const QString &line) { std::fprintf(stderr, "reqscope-cli: import: %s\n", qPrintable(line)); });
    return command.run(
        { *format, parser.positionalArguments().constFirst(), parser.value(toOption), parser.values(envOption) },
        &secrets);
}

/// `export --to curl|postman|har DIR [-o FILE] [--include-secrets]`, or `export --to har --history`.
int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Export a collection as curl commands, Postman v2.1 or HAR 1.2."_s);
    parser.addHelpOption();
    const QCommandLineOption toOption(u"to"_s, u"Output format: curl, postman or har."_s, u"FORMAT"_s);
    const QCommandLineOption outputOption({ u"o"_s, u"output"_s }, u"Write to FILE (default stdout)."_s, u"FILE"_s);
    const QCommandLineOption secretsOption(u"include-secrets"_s, u"Write passwords, tokens and secret values."_s);
    const QCommandLineOption historyOption(u"history"_s, u"HAR of the request history instead of a collection."_s);
    const QCommandLineOption envOption(u"env"_s, u"Postman: export this environment instead."_s, u"NAME"_s);
    parser.addOptions({ toOption, outputOption, secretsOption, historyOption, envOption });
    parser.addPositionalArgument(u"DIR"_s, u"The collection directory."_s);
    if (!parser.parse(arguments))
        return usageError(u"export: "_s + parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    const std::optional<Reqscope::ImportCommand::Format> format
        = Reqscope::ImportCommand::format(parser.value(toOption));
    if (!format)
        return usageError(u"export: --to expects curl, postman or har"_s);
    const bool fromHistory = parser.isSet(historyOption);
    if (parser.positionalArguments().size() != (fromHistory ? 0 : 1))
        return usageError(fromHistory ? u"export: --history takes no DIR"_s : u"export: expected one collection DIR"_s);
    Reqscope::SecretStore secrets;
    if (parser.isSet(secretsOption)) {
        for (const Reqscope::LoadError &e : secrets.load())
            std::fprintf(stderr, "reqscope-cli: %s\n", qPrintable(e.toString()));
    }
    Reqscope::HistoryStore history;
    if (fromHistory && !history.open())
        return usageError(u"export: history: "_s + history.errorString());
    const Reqscope::ExportCommand command(
        [](const QString &line) { std::fprintf(stderr, "reqscope-cli: export: %s\n", qPrintable(line)); });
    return command.run({ *format,
                           parser.positionalArguments().value(0),
                           parser.value(outputOption),
                           parser.isSet(secretsOption),
                           fromHistory,
                           parser.value(envOption) },
        &secrets,
        fromHistory ? &history : nullptr);
}

/// `report (--request FILE | --collection DIR --name NAME) [--env NAME] -o FILE`: the work is in ReportCommand.
int runReport(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    arguments.first() += u" report"_s; // so QCommandLineParser's help names the subcommand
    arguments.removeAt(1);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Send a saved request and write a bug report of the window after the response "
                                     "(screenshot and details, secrets hidden) as HTML or Markdown."_s);
    parser.addHelpOption();
    const QCommandLineOption requestOption(u"request"_s, u"A request file (*.request.json)."_s, u"FILE"_s);
    const QCommandLineOption collectionOption(u"collection"_s, u"A collection directory (with --name)."_s, u"DIR"_s);
    const QCommandLineOption nameOption(u"name"_s, u"The request's name or path in the collection."_s, u"NAME"_s);
    const QCommandLineOption envOption(u"env"_s, u"Use the collection's environment NAME."_s, u"NAME"_s);
    const QCommandLineOption outputOption(
        { u"o"_s, u"output"_s }, u"Write the report to FILE: .html (one file) or .md (PNG beside it)."_s, u"FILE"_s);
    const QCommandLineOption titleOption(u"title"_s, u"The report's title (default: the request's name)."_s, u"TEXT"_s);
    const QCommandLineOption expectedOption(u"expected"_s, u"What was expected."_s, u"TEXT"_s);
    const QCommandLineOption actualOption(u"actual"_s, u"What happened."_s, u"TEXT"_s);
    parser.addOptions({ requestOption,
        collectionOption,
        nameOption,
        envOption,
        outputOption,
        titleOption,
        expectedOption,
        actualOption });
    if (!parser.parse(arguments))
        return usageError(u"report: "_s + parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    const bool fromFile = parser.isSet(requestOption);
    const bool fromCollection = parser.isSet(collectionOption) || parser.isSet(nameOption);
    if (fromFile == fromCollection || (fromCollection && !(parser.isSet(collectionOption) && parser.isSet(nameOption))))
        return usageError(u"report: expected --request FILE, or --collection DIR with --name NAME"_s);
    if (!parser.isSet(outputOption) || !parser.positionalArguments().isEmpty())
        return usageError(u"report: expected -o FILE (.html or .md) and no other arguments"_s);
    if (!Reqscope::ReportCommand::formatOf(parser.value(outputOption)))
        return usageError(u"report: -o FILE must end in .html or .md, got '%1'"_s.arg(parser.value(outputOption)));
    // Only now the QApplication: a usage error stays one line, whatever the platform plugin has to say.
    qputenv("QT_QPA_PLATFORM", "offscreen"); // never a display, even when one is there
    QApplication app(argc, argv);
    setApplicationNames();
    Reqscope::SecretStore secrets;
    for (const Reqscope::LoadError &e : secrets.load())
        std::fprintf(stderr, "reqscope-cli: %s\n", qPrintable(e.toString()));
    const Reqscope::ReportCommand command(
        [](const QString &line) { std::fprintf(stderr, "reqscope-cli: %s\n", qPrintable(line)); });
    return command.run({ parser.value(requestOption),
                           parser.value(collectionOption),
                           parser.value(nameOption),
                           parser.value(envOption),
                           parser.value(outputOption),
                           parser.value(titleOption),
                           parser.value(expectedOption),
                           parser.value(actualOption) },
        &secrets);
}

const char usage[] = "Usage: reqscope-cli COMMAND [options]\n"
                     "\n"
                     "Commands:\n"
                     "  playground [--port N]   run the embedded playground server until interrupted\n"
                     "  send [options] URL      one request, like curl (send --help lists the options)\n"
                     "  run DIR [--env NAME] [--folder PATH]\n"
                     "                          send a collection's requests in order, one JSON line each\n"
                     "  script FILE [--var NAME=VALUE]...\n"
                     "                          run a JSON script of WinHTTP calls (FILE may be -)\n"
                     "  import --from curl|postman|har FILE --to DIR [--env FILE]...\n"
                     "                          import a file as a new collection directory\n"
                     "  export --to curl|postman|har DIR [-o FILE] [--include-secrets]\n"
                     "                          export a collection (HAR of the history: --history)\n"
                     "  report (--request FILE | --collection DIR --name NAME) [--env NAME] -o FILE\n"
                     "                          send a saved request, write a bug report (.html or .md)\n"
                     "                          of the window after the response, secrets hidden\n"
                     "\n"
                     "Options:\n"
                     "  -h, --help              show this help\n"
                     "  -v, --version           show the version\n";

} // namespace

int main(int argc, char *argv[])
{
    // `report` renders the window offscreen: only it needs a QApplication, which it creates itself.
    if (argc > 1 && std::strcmp(argv[1], "report") == 0)
        return runReport(argc, argv);
    QCoreApplication app(argc, argv);
    setApplicationNames();

    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command.isEmpty() || command == "-h"_L1 || command == "--help"_L1) {
        std::fputs(usage, command.isEmpty() ? stderr : stdout);
        return command.isEmpty() ? 2 : 0;
    }
    if (command == "-v"_L1 || command == "--version"_L1) {
        std::printf("reqscope-cli %s (Qt %s)\n", REQSCOPE_VERSION, qVersion());
        return 0;
    }
    QStringList rest = arguments.mid(1);
    rest.first() = arguments.first() + u' ' + command; // so QCommandLineParser's help names the subcommand
    if (command == "playground"_L1)
        return runPlayground(rest);
    if (command == "run"_L1)
        return runCollection(rest);
    if (command == "script"_L1)
        return runScript(rest);
    if (command == "send"_L1)
        return runSend(rest);
    if (command == "import"_L1)
        return runImport(rest);
    if (command == "export"_L1)
        return runExport(rest);
    return usageError(u"unknown command '%1' (try --help)"_s.arg(command));
}
