package dev.zohodelink.report;

import static org.assertj.core.api.BDDAssertions.then;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ReportStylesheetTest {

    private static final String FONT_FACE = "@font-face{font-family:FontAwesome;font-style:normal;font-weight:400;"
            + "src:url(data:application/vnd.ms-fontobject;base64,RU9U);"
            + "src:url(data:application/vnd.ms-fontobject;base64,RU9U?#iefix&v=4.7.0) format(\"embedded-opentype\"),"
            + "url(data:font/woff2;base64,V09GRjI=) format(\"woff2\"),url(data:font/woff;base64,V09GRg==) format(\"woff\"),"
            + "url(data:font/ttf;base64,VFRG) format(\"truetype\"),url(data:image/svg+xml;base64,U1ZH#fontawesomeregular) format(\"svg\")}";
    private static final String OTHER_RULES =
            ".fa{display:inline-block}.logo{background:url(data:image/svg+xml;base64,TE9HTw==)}";

    @Test
    void keeps_only_the_woff2_and_woff_sources_of_the_icon_font_and_every_other_rule() {
        String html = page(FONT_FACE + OTHER_RULES);

        String css = stylesheetOf(ReportStylesheet.withModernFontFormatsOnly(html));

        then(css)
                .isEqualTo("@font-face{font-family:FontAwesome;font-style:normal;font-weight:400;"
                        + "src:url(data:font/woff2;base64,V09GRjI=) format(\"woff2\"),url(data:font/woff;base64,V09GRg==) format(\"woff\")}"
                        + OTHER_RULES);
    }

    @Test
    void leaves_a_page_without_an_embedded_stylesheet_as_it_is() {
        String html = "<html><head><link rel=\"stylesheet\" href=\"styles.css\"></head></html>";

        then(ReportStylesheet.withModernFontFormatsOnly(html)).isEqualTo(html);
    }

    private static String page(String css) {
        return "<html><head><link rel=\"stylesheet\" type=\"text/css\" href=\"data:text/css;base64,"
                + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8))
                + "\"></head><body></body></html>";
    }

    private static String stylesheetOf(String html) {
        String start = "href=\"data:text/css;base64,";
        int from = html.indexOf(start) + start.length();
        return new String(
                Base64.getDecoder().decode(html.substring(from, html.indexOf('"', from))), StandardCharsets.UTF_8);
    }
}
