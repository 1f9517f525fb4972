package dev.zohodelink.recording;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.zohodelink.markdown.MarkdownRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The differences between two sets of recordings (two API versions, or a run and its baseline), written as Markdown
 * for people, JSON for CI and HTML for the report folder.
 *
 * @param preface what is compared, and any difference that is not in the recordings (e.g. the contract's vocabulary)
 * @param onlyBefore scenarios recorded only on the left side
 * @param onlyAfter scenarios recorded only on the right side
 */
public record ChangeReport(
        String title,
        String before,
        String after,
        List<String> preface,
        List<String> onlyBefore,
        List<String> onlyAfter,
        List<Change> changes,
        int compared) {

    private static final ObjectMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Compares every scenario recorded on either side. */
    public static ChangeReport between(
            String title,
            String before,
            Map<String, Recording> left,
            String after,
            Map<String, Recording> right,
            List<String> preface) {
        List<String> onlyLeft = new ArrayList<>();
        List<String> onlyRight = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        int compared = 0;
        for (Map.Entry<String, Recording> entry : left.entrySet()) {
            Recording other = right.get(entry.getKey());
            if (other == null) {
                onlyLeft.add(entry.getKey());
            } else {
                compared++;
                changes.addAll(ShapeComparison.compare(entry.getValue(), other));
            }
        }
        right.keySet().stream().filter(key -> !left.containsKey(key)).forEach(onlyRight::add);
        right.values().forEach(recording -> changes.addAll(ShapeComparison.unknownCodes(recording)));
        return new ChangeReport(title, before, after, preface, onlyLeft, onlyRight, changes, compared);
    }

    public List<Change> breaking() {
        return changes.stream().filter(Change::isBreaking).toList();
    }

    public List<Change> additive() {
        return changes.stream().filter(change -> !change.isBreaking()).toList();
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
        preface.forEach(line -> md.append(line).append('\n'));
        md.append("\n")
                .append(compared)
                .append(" scenarios recorded on both sides; ")
                .append(changes.size())
                .append(" differences (")
                .append(breaking().size())
                .append(" breaking, ")
                .append(additive().size())
                .append(" additive).\n");
        list(md, "Only in " + before, onlyBefore);
        list(md, "Only in " + after, onlyAfter);
        if (!changes.isEmpty()) {
            md.append("\n## Differences\n\n")
                    .append(MarkdownRow.header("scenario", "exchange", "kind", "where", before, after));
            for (Change change : changes) {
                md.append(MarkdownRow.of(
                        cell(change.scenario()),
                        cell(change.exchange()),
                        change.kind().name().toLowerCase(java.util.Locale.ROOT)
                                + (change.isBreaking() ? " (breaking)" : " (additive)"),
                        cell(change.pointer()),
                        cell(change.before()),
                        cell(change.after())));
            }
        }
        return md.toString();
    }

    public String html() {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
                .append(escape(title))
                .append(
                        "</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}")
                .append(".breaking{background:#fde2e2}.additive{background:#fff6d6}</style></head><body><h1>")
                .append(escape(title))
                .append("</h1>");
        preface.forEach(line -> html.append("<p>").append(escape(line)).append("</p>"));
        html.append("<p>")
                .append(compared)
                .append(" scenarios recorded on both sides; ")
                .append(breaking().size())
                .append(" breaking and ")
                .append(additive().size())
                .append(" additive differences.</p>");
        htmlList(html, "Only in " + before, onlyBefore);
        htmlList(html, "Only in " + after, onlyAfter);
        html.append("<table><tr><th>scenario</th><th>exchange</th><th>kind</th><th>where</th><th>")
                .append(escape(before))
                .append("</th><th>")
                .append(escape(after))
                .append("</th></tr>");
        for (Change change : changes) {
            html.append("<tr class=\"")
                    .append(change.isBreaking() ? "breaking" : "additive")
                    .append("\"><td>")
                    .append(escape(change.scenario()))
                    .append("</td><td>")
                    .append(escape(change.exchange()))
                    .append("</td><td>")
                    .append(change.kind())
                    .append("</td><td>")
                    .append(escape(change.pointer()))
                    .append("</td><td>")
                    .append(escape(change.before()))
                    .append("</td><td>")
                    .append(escape(change.after()))
                    .append("</td></tr>");
        }
        return html.append("</table></body></html>").toString();
    }

    public void write(Path directory, String name) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(name + ".md"), markdown());
            Files.writeString(directory.resolve(name + ".html"), html());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("title", title);
            json.put("before", before);
            json.put("after", after);
            json.put("compared", compared);
            json.put("only_before", onlyBefore);
            json.put("only_after", onlyAfter);
            json.put("breaking", breaking().size());
            json.put("additive", additive().size());
            json.put("changes", changes);
            MAPPER.writeValue(directory.resolve(name + ".json").toFile(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void list(StringBuilder md, String heading, List<String> scenarios) {
        if (!scenarios.isEmpty()) {
            md.append("\n## ").append(heading).append("\n\n");
            scenarios.forEach(s -> md.append("- ").append(s).append('\n'));
        }
    }

    private static void htmlList(StringBuilder html, String heading, List<String> scenarios) {
        if (!scenarios.isEmpty()) {
            html.append("<h2>").append(escape(heading)).append("</h2><ul>");
            scenarios.forEach(s -> html.append("<li>").append(escape(s)).append("</li>"));
            html.append("</ul>");
        }
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
