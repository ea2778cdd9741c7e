package ru.sleepbot.bench;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import ru.sleepbot.app.Settings;

/** Benchmarks: speed and memory goals are measured here, never in timed unit tests. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run the benchmarks and print their figures (all, or the named parts).")
public final class BenchCommand implements Callable<Integer> {

    /**
     * Benchmarks live in test scope, outside the production jar; run them with
     * {@code mvn -B -q -DskipTests package exec:exec -Dbench="nlu dialog"} (see the README).
     */
    public static void main(String[] args) {
        String[] parts = args.length == 1 ? args[0].trim().split("\\s+") : args;
        if (parts.length > 0 && parts[0].equals("eval")) {
            // eval --peer needs the peer learner, which lives here in test scope with Lucene.
            ru.sleepbot.app.Main.main(parts);
        }
        System.exit(new CommandLine(new BenchCommand()).execute(parts));
    }

    @Parameters(arity = "0..*", paramLabel = "PART", description = "Parts to run: ${COMPLETION-CANDIDATES}; default all.")
    List<String> parts = List.of();

    @Option(names = "--users", description = "Users due at once in the reminders and diary benchmarks (default ${DEFAULT-VALUE}).")
    int reminderUsers = ReminderBenchmark.DEFAULT_USERS;

    /** Every benchmark; each capability adds its own class here. */
    private List<Benchmark> all() {
        return List.of(new StartBenchmark(), new NluBenchmark(), new TriageBenchmark(), new DialogBenchmark(),
                new ReminderBenchmark(reminderUsers), TelegramLoadBenchmark.standard(), new ChaosBenchmark(),
                new EmbeddedCrashBenchmark(), new DiaryBenchmark(reminderUsers));
    }

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.fromEnvironment();
        // The crash benches run child processes for minutes: only when named.
        List<Benchmark> chosen = all().stream().filter(b -> parts.isEmpty() ? !b.name().contains("crash")
                && !b.name().equals("chaos") : parts.contains(b.name())).toList();
        if (chosen.isEmpty()) {
            System.err.println("no benchmark named " + parts + "; known: " + all().stream().map(Benchmark::name).toList());
            return 1;
        }
        for (Benchmark benchmark : chosen) {
            System.out.println("== bench " + benchmark.name());
            benchmark.run(settings, System.out);
        }
        return 0;
    }
}
