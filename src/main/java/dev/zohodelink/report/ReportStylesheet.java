package dev.zohodelink.report;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stylesheet Allure 2.34 embeds in a single-file report is 1.6 MB, of which 1.5 MB is its one icon font,
 * FontAwesome, in five formats. Browsers read WOFF2 (or WOFF) since 2016, so the EOT, TrueType and SVG copies go: the
 * report shrinks by about 1.6 MB, the icons stay, and no test data is touched.
 */
final class ReportStylesheet {

    private static final Pattern EMBEDDED_STYLESHEET = Pattern.compile(
            "<link rel=\"stylesheet\" type=\"text/css\" href=\"data:text/css;base64,([A-Za-z0-9+/=]++)\"");
    private static final String FONT = "url\\(data:%s;base64,[A-Za-z0-9+/=]++[^)]*+\\)";
    /** The legacy formats of FontAwesome's sources: the first declaration (EOT for IE), then entries of the full list. */
    private static final Pattern LEGACY_FONT_SOURCES = Pattern.compile(String.join(
            "|",
            "src:" + FONT.formatted("application/vnd\\.ms-fontobject") + ";",
            FONT.formatted("application/vnd\\.ms-fontobject") + " format\\(\"embedded-opentype\"\\),",
            "," + FONT.formatted("font/ttf") + " format\\(\"truetype\"\\)",
            "," + FONT.formatted("image/svg\\+xml") + " format\\(\"svg\"\\)"));

    private ReportStylesheet() {}

    /** The report's HTML with its embedded stylesheet's fonts in WOFF2 and WOFF only; unchanged if it has none. */
    static String withModernFontFormatsOnly(String html) {
        Matcher stylesheet = EMBEDDED_STYLESHEET.matcher(html);
        if (!stylesheet.find()) {
            return html;
        }
        String css = new String(Base64.getDecoder().decode(stylesheet.group(1)), StandardCharsets.UTF_8);
        String modern = LEGACY_FONT_SOURCES.matcher(css).replaceAll("");
        String encoded = Base64.getEncoder().encodeToString(modern.getBytes(StandardCharsets.UTF_8));
        return html.substring(0, stylesheet.start(1)) + encoded + html.substring(stylesheet.end(1));
    }
}
