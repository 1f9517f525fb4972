package dev.zohodelink.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.BDDAssertions.then;

import dev.zohodelink.docs.ErrorTable;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code java -jar ... catalogue}: the error table on standard output, or written into a document. */
class CatalogueCommandTest {

    @Test
    void prints_the_whole_error_table_on_standard_output_however_long_it_is() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream standardOutput = System.out;
        System.setOut(new PrintStream(printed, true, UTF_8));
        int exitCode;
        try {
            // picocli's own writer over System.out, as in java -jar: buffered, and not flushed by System.exit
            exitCode = new CommandLine(new Main()).execute("catalogue");
        } finally {
            System.setOut(standardOutput);
        }

        then(exitCode).isZero();
        then(ErrorTable.markdown()).hasSizeGreaterThan(8192);
        then(printed.toString(UTF_8)).isEqualTo(ErrorTable.markdown());
    }

    @Test
    void an_update_of_a_document_that_does_not_exist_says_so_in_one_line(@TempDir Path folder) {
        Path missing = folder.resolve("README.md");
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new Main());
        command.setErr(new PrintWriter(err, true));

        int exitCode = command.execute("catalogue", "--update", missing.toString());

        then(exitCode).isEqualTo(2);
        then(err.toString()).isEqualTo("Cannot update " + missing + ": no such file" + System.lineSeparator());
    }
}
