package org.w3id.deportationdeals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate} prints the score table of the seed articles against their gold, and names bad gold lines. */
class EvaluateCommandTest {
    @TempDir
    Path dir;

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void evaluatePrintsATablePerKindAndWithDetailsTheMissedAndSpuriousFacts() {
        String[] run = run("evaluate", "--articles", "articles", "--gold", "src/test/resources/evaluation/seed-gold",
                "--details");
        assertEquals("0", run[0], run[2]);
        assertTrue(run[1].startsWith("kind "), run[1]);
        assertTrue(run[1].contains("\nRequest ") && run[1].contains("\nPayment ") && run[1].contains("\nALL "), run[1]);
        assertTrue(run[1].contains("missed (in the gold, not extracted): "), run[1]);
        assertTrue(run[1].contains("spurious (extracted, not in the gold): "), run[1]);
        assertTrue(run[2].contains("5 articles scored"), run[2]);
    }

    @Test
    void aBadGoldLineIsAnInputErrorNamingFileAndLine() throws IOException {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("003_d8657b177fc2427a.gold"), "Payment payer=US\nPayment amount=lots\n");
        String[] run = run("evaluate", "--articles", "articles", "--gold", gold.toString());
        assertEquals(String.valueOf(ExitCodes.INPUT_ERROR), run[0]);
        assertTrue(run[2].contains("003_d8657b177fc2427a.gold:2: amount must be a number"), run[2]);
    }
}
