package dev.zohodelink.report;

import java.net.URI;
import java.util.Locale;

/** A feature file as reports name it: {@code features/errors/tokens.feature}, feature {@code tokens}, section {@code Errors}. */
public record FeatureFile(String path) {

    private static final String ROOT = "features/";

    public static FeatureFile of(URI uri) {
        String text = uri.toString();
        int root = text.lastIndexOf(ROOT);
        return new FeatureFile(root < 0 ? text : text.substring(root));
    }

    /** The file name without {@code .feature}. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1).replace(".feature", "");
    }

    /** The documentation section: the folder under {@code features/}, capitalised. */
    public String section() {
        String rest = path.startsWith(ROOT) ? path.substring(ROOT.length()) : path;
        int slash = rest.indexOf('/');
        String folder = slash < 0 ? "other" : rest.substring(0, slash);
        return folder.substring(0, 1).toUpperCase(Locale.ROOT) + folder.substring(1);
    }
}
