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

/** The commands, run in-process with captured output, as a user would run them. */
class CommandLineTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void buildWritesTheSeedGraphThatQueryAndValidateThenRead() throws IOException {
        Path trig = dir.resolve("kg.trig");
        Run build = run("build", "--articles", "articles", "--out", trig.toString());
        assertEquals(ExitCodes.OK, build.code(), build.err());
        assertTrue(build.err().contains("5 articles read"), build.err());
        assertTrue(Files.size(trig) > 10_000);

        Run query = run("query", "queries/payments.rq", "--data", trig.toString(), "--format", "csv");
        assertEquals(ExitCodes.OK, query.code(), query.err());
        assertTrue(query.out().startsWith("payment,payer,payee,payeeIso2,amount,currency,date,purpose,sources"), query.out());
        assertTrue(query.out().contains(",RW,100000.0,USD,"), query.out());

        Run json = run("query", "queries/payments.rq", "--data", trig.toString(), "--format", "json");
        assertTrue(json.out().contains("\"payeeIso2\""), json.out());

        Run validate = run("validate", trig.toString());
        assertEquals(ExitCodes.OK, validate.code(), validate.out() + validate.err());
        assertTrue(validate.err().startsWith("conforms"), validate.err());
    }

    @Test
    void nquadsOutputIsChosenByTheFileExtension() throws IOException {
        Path nq = dir.resolve("kg.nq");
        assertEquals(ExitCodes.OK, run("build", "--out", nq.toString()).code());
        assertTrue(Files.readAllLines(nq).stream().allMatch(l -> l.endsWith(" .")));
    }

    @Test
    void validateReportsEachViolationAndExitsOne() throws IOException {
        Path bad = dir.resolve("bad-payment.ttl");
        Files.writeString(bad, """
                @prefix dd: <https://w3id.org/deportation-deals/ontology#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <https://w3id.org/deportation-deals/id/payment/x> a dd:Payment ;
                    dd:amount "-5"^^xsd:decimal .
                """);
        Path report = dir.resolve("report.ttl");
        Run run = run("validate", bad.toString(), "--report", report.toString());
        assertEquals(ExitCodes.NOT_CONFORMING, run.code(), run.err());
        assertTrue(run.out().contains("id/payment/x"), run.out());
        assertTrue(run.out().lines().allMatch(l -> l.startsWith(bad + ":3: ")), "each violation names the file and line of its focus node: "
                + run.out());
        assertTrue(run.out().contains("dd:payer"), run.out());
        assertTrue(run.out().contains("dd:currency"), run.out());
        assertTrue(Files.readString(report).contains("ValidationReport"));
    }

    @Test
    void aTurtleSyntaxErrorNamesTheFileAndLine() throws IOException {
        Path broken = dir.resolve("broken.ttl");
        Files.writeString(broken, "@prefix dd: <https://w3id.org/deportation-deals/ontology#> .\n\n<urn:x:a> dd:x dd:y dd:z .\n");
        Run run = run("validate", broken.toString());
        assertEquals(ExitCodes.INPUT_ERROR, run.code());
        assertTrue(run.err().contains("broken.ttl") && run.err().contains("line: 3"), run.err());
    }

    @Test
    void aQuerySyntaxErrorNamesTheQueryFile() throws IOException {
        Path query = dir.resolve("bad.rq");
        Files.writeString(query, "SELECT ?x WHERE { ?x ?y }");
        Path data = dir.resolve("d.ttl");
        Files.writeString(data, "<urn:a> <urn:b> <urn:c> .");
        Run run = run("query", query.toString(), "--data", data.toString());
        assertEquals(ExitCodes.INPUT_ERROR, run.code());
        assertTrue(run.err().contains("bad.rq") && run.err().contains("line 1"), run.err());
    }

    @Test
    void helpIsOfferedOnEveryCommandAndBadOptionsExitTwo() {
        for (String command : new String[] {"serve", "build", "query", "validate"}) {
            Run help = run(command, "--help");
            assertEquals(ExitCodes.OK, help.code(), command);
            assertTrue(help.out().contains("Usage:") && help.out().contains(command), help.out());
        }
        Run bad = run("build", "--out", dir.resolve("kg.trig").toString(), "--no-such-option");
        assertEquals(ExitCodes.BAD_INVOCATION, bad.code());
        assertTrue(bad.err().contains("--no-such-option"), bad.err());
        Run wrongFormat = run("build", "--out", dir.resolve("kg.ttl").toString());
        assertEquals(ExitCodes.INPUT_ERROR, wrongFormat.code());
    }
}
