package dev.zohodelink.bench;

import dev.zohodelink.markdown.MarkdownRow;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's figures as a small Markdown table, the same text on the console and in the report file.
 *
 * @param setting versions, threads and the machine, one line
 * @param jvmStartupNanos from the JVM's start to the command's, paid by the first pass only
 * @param warmUp the first pass, in a cold JVM
 * @param measured the second pass, after the first warmed the JIT
 * @param plain the plain client's replay of the measured pass's calls
 * @param replayedCalls how many calls were replayed
 * @param clients each client alone, one GET in a loop on one thread
 */
record BenchmarkReport(
        String setting,
        long jvmStartupNanos,
        PassFigures warmUp,
        PassFigures measured,
        PlainClientReplay.Result plain,
        long replayedCalls,
        ClientFloor.Result clients) {

    String markdown() {
        double seam = perCall(measured.clientNanos(), measured.calls());
        double scenarioPerCall = perCall(measured.scenarios().total(), measured.calls());
        double floor = millis(plain.calls().mean());
        StringBuilder md =
                new StringBuilder("# Suite benchmark\n\n").append(setting).append("\n\n");
        md.append(
                "| per HTTP call, measured pass | suite | plain java.net.http | suite / plain |\n|---|---:|---:|---:|\n");
        md.append(
                MarkdownRow.of("mean time inside a call, at the client seam", ms(seam), ms(floor), ratio(seam, floor)));
        md.append(
                MarkdownRow.of("scenario time / calls", ms(scenarioPerCall), ms(floor), ratio(scenarioPerCall, floor)));
        double suiteCpu = perCall(measured.cpuNanos(), measured.calls());
        double plainCpu = perCall(plain.cpuNanos(), replayedCalls);
        md.append(MarkdownRow.of("process CPU time / calls", ms(suiteCpu), ms(plainCpu), ratio(suiteCpu, plainCpu)));
        md.append(MarkdownRow.of(
                "calls",
                Long.toString(measured.calls()),
                replayedCalls + " (" + plain.sameStatus() + " with the suite's status)",
                ""));
        double restAssuredAlone = millis(clients.restAssured().mean());
        double plainAlone = millis(clients.plain().mean());
        md.append(MarkdownRow.of(
                "REST Assured alone: one GET in a loop, one thread ("
                        + clients.restAssured().count() + " calls)",
                ms(restAssuredAlone),
                ms(plainAlone),
                ratio(restAssuredAlone, plainAlone)));
        md.append("\n| run | warm-up pass (cold JVM) | measured pass |\n|---|---:|---:|\n");
        md.append(MarkdownRow.of("scenarios run (skipped)", count(warmUp), count(measured)));
        md.append(MarkdownRow.of(
                "median scenario",
                ms(millis(warmUp.scenarios().median())),
                ms(millis(measured.scenarios().median()))));
        md.append(MarkdownRow.of(
                "p90 scenario",
                ms(millis(warmUp.scenarios().p90())),
                ms(millis(measured.scenarios().p90()))));
        md.append(MarkdownRow.of(
                "whole run, wall",
                seconds(jvmStartupNanos + warmUp.timings().wallNanos()) + " (with JVM start)",
                seconds(measured.timings().wallNanos())));
        md.append(MarkdownRow.of(
                "start-up",
                seconds(jvmStartupNanos + warmUp.timings().startupNanos()) + " (JVM " + seconds(jvmStartupNanos) + ")",
                seconds(measured.timings().startupNanos())));
        md.append(MarkdownRow.of(
                "scenarios",
                seconds(warmUp.timings().scenariosNanos()),
                seconds(measured.timings().scenariosNanos())));
        md.append(MarkdownRow.of(
                "reports",
                seconds(warmUp.timings().reportsNanos()),
                seconds(measured.timings().reportsNanos())));
        md.append(MarkdownRow.of(
                "process CPU time (all threads)", seconds(warmUp.cpuNanos()), seconds(measured.cpuNanos())));
        md.append(MarkdownRow.of(
                "verdict", warmUp.green() ? "green" : "NOT GREEN", measured.green() ? "green" : "NOT GREEN"));
        md.append("\n").append(String.join("\n", METHOD)).append('\n');
        return md.toString();
    }

    static final List<String> METHOD = List.of(
            "- Both passes run the same suite in this JVM; the first warms the JIT, the second is measured.",
            "- Client seam: the time the steps spend inside each ZohoCrmApi call (REST Assured, filters, recording, parsing; retries included), summed and divided by the calls.",
            "- Scenario time / calls: every scenario's time (JUnit start to end, hooks and reports attachments included) summed and divided by the calls.",
            "- Plain client: the measured pass's calls (method, path, query, body, in order) replayed by one keep-alive HTTP/1.1 java.net.http client, "
                    + "on as many threads, to a fresh emulator per scenario, as the administrator; each call timed from building the request to reading the body, "
                    + "after one warm-up replay.",
            "- REST Assured alone: the client the steps use, without filters, then the plain client, each sending one GET of one record to one emulator "
                    + "in a loop on one thread, after a warm-up round of both; the floor of the client itself, with no suite and no other thread around it.",
            "- Process CPU time counts every thread of this JVM (suite, emulators, JIT, GC): on a shared machine it moves less than wall time. "
                    + "Per call: the measured pass's CPU over its calls (scenarios, hooks and reports included), and the replay's over its calls "
                    + "(its fresh emulators' start-up included, which only flatters the suite).",
            "- Percentiles are nearest-rank. Start-up: clearing the reports, discovery and Cucumber until each version's first scenario; "
                    + "scenarios: first scenario start to last scenario end, per version; reports: the rest (plugins and the run's reports).");

    private static String count(PassFigures pass) {
        return pass.scenarios().count() + " (" + pass.skipped() + ")";
    }

    private static double perCall(long nanos, long calls) {
        return calls == 0 ? Double.NaN : millis(nanos) / calls;
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.2f ms", millis);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    private static String ratio(double suite, double floor) {
        return String.format(Locale.ROOT, "%.1fx", suite / floor);
    }
}
