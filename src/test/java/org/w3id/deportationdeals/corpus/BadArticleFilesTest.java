package org.w3id.deportationdeals.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files a curator might get wrong: each is refused with the file and line, and never stops the others. */
class BadArticleFilesTest {
    @TempDir
    Path dir;

    Path write(String name, String text) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }

    Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    ArticleException refused(Path file) {
        return assertThrows(ArticleException.class, () -> Corpus.read(file));
    }

    @Test
    void frontMatterWithCommentsBlankLinesAndOtherKeysIsParsed() throws Exception {
        Path file = write("deal.md", "---\n# where it came from\nTitle: Kosovo agrees\n\nauthor: Jane Doe\n"
                + "published: 2025-05-12\nurl: https://example.org/kosovo\nrole: full-report\ndesk: Foreign\n---\n"
                + "Kosovo agreed to take 50 people. Officials said so.\n");
        Article article = Corpus.read(file);
        assertEquals("deal", article.id());
        assertEquals(List.of("title", "author", "published", "url", "role", "desk"),
                List.copyOf(article.metadata().keySet()));
        assertEquals(Optional.of("Kosovo agrees"), article.title());
        assertEquals(Optional.of("Jane Doe"), article.author());
        assertEquals(Optional.of("https://example.org/kosovo"), article.url());
        assertEquals(Optional.of("Foreign"), article.meta("desk"));
        assertEquals(Optional.of(LocalDate.of(2025, 5, 12)), article.published());
        assertEquals("Kosovo agreed to take 50 people. Officials said so.\n", article.body());
        assertEquals(11, article.bodyLine());
        assertEquals(List.of("Kosovo agreed to take 50 people.", "Officials said so."),
                article.sentences().stream().map(Sentence::text).toList());
    }

    @Test
    void withoutFrontMatterTheWholeFileIsTheBodyAndTheDateIsUnknown() throws Exception {
        String text = "Peru said no.\nRwanda said yes.\n";
        Article article = Corpus.read(write("plain.txt", text));
        assertEquals(text, article.body());
        assertEquals(Map.of(), article.metadata());
        assertEquals(Optional.empty(), article.published());
        assertEquals(1, article.bodyLine());
        assertEquals(2, article.sentences().size());
    }

    @Test
    void unclosedFrontMatterNamesItsOpeningLine() throws Exception {
        Path file = write("open.txt", "---\ntitle: Never closed\nBody text starts here.\n");
        ArticleException e = refused(file);
        assertEquals(file, e.file());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith(file + ":3: "), e.getMessage());
        assertTrue(e.getMessage().contains("closing '---'"), e.getMessage());

        Path noBody = write("open2.txt", "---\ntitle: Never closed\n");
        ArticleException e2 = refused(noBody);
        assertEquals(1, e2.line());
        assertTrue(e2.getMessage().contains("never closed"), e2.getMessage());
    }

    @Test
    void aFrontMatterLineWithoutKeyIsRefusedWithItsLine() throws Exception {
        Path file = write("nokey.txt", "---\ntitle: A title\n\njust some words\n---\nBody.\n");
        ArticleException e = refused(file);
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("just some words"), e.getMessage());
    }

    @Test
    void aBadPublishedDateIsRefusedWithItsLine() throws Exception {
        for (String date : List.of("June 25, 2025", "2025-02-30", "2025-6-5")) {
            Path file = write("date.txt", "---\ntitle: T\npublished: " + date + "\n---\nBody.\n");
            ArticleException e = refused(file);
            assertEquals(3, e.line(), date);
            assertTrue(e.getMessage().contains("YYYY-MM-DD") && e.getMessage().contains(date), e.getMessage());
        }
    }

    @Test
    void aDuplicateKeyIsRefusedNamingBothLines() throws Exception {
        Path file = write("dup.txt", "---\ntitle: One\n# comment\nTITLE: Two\n---\nBody.\n");
        ArticleException e = refused(file);
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("duplicate") && e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void unknownRoleEmptyValueBadRelationAndBadUrlAreRefusedWithTheirLine() throws Exception {
        assertEquals(2, refused(write("r.txt", "---\nrole: copy\n---\nBody.\n")).line());
        assertEquals(3, refused(write("e.txt", "---\ntitle: T\npublisher:\n---\nBody.\n")).line());
        assertEquals(2, refused(write("o.txt", "---\nrepost-of: some article\n---\nBody.\n")).line());
        assertEquals(2, refused(write("u.txt", "---\nurl: example.org/page\n---\nBody.\n")).line());
    }

    @Test
    void emptyFileAndEmptyBodyAreRefused() throws Exception {
        Path empty = write("empty.txt", "");
        ArticleException e = refused(empty);
        assertEquals(empty, e.file());
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
        assertTrue(refused(write("blank.txt", " \n\n\t\n")).getMessage().contains("empty"));
        ArticleException noBody = refused(write("nobody.txt", "---\ntitle: T\n---\n\n  \n"));
        assertEquals(4, noBody.line());
        assertTrue(noBody.getMessage().contains("no body text"), noBody.getMessage());
    }

    @Test
    void binaryFilesAreRefused() throws Exception {
        Path png = write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        assertTrue(refused(png).getMessage().contains("binary"), refused(png).getMessage());
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 2 == 0 ? 'a' : 0x01);
        }
        assertTrue(refused(write("controls.txt", controls)).getMessage().contains("binary"));
    }

    @Test
    void invalidUtf8IsRefusedWithTheLineOfTheFirstBadByte() throws Exception {
        byte[] latin1 = "---\ntitle: T\n---\nFirst line.\nSecond line with Mart\u00ednez.\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Path file = write("latin1.txt", latin1);
        ArticleException e = refused(file);
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("UTF-8") && e.getMessage().contains("0xED"), e.getMessage());
    }

    @Test
    void aByteOrderMarkIsDroppedAndCrlfLineEndsWork() throws Exception {
        byte[] text = ("---\r\ntitle: Windows file\r\npublished: 2025-06-25\r\n---\r\nCosta Rica took 200 deportees."
                + " Panama took 300.\r\n- Guatemala\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Article article = Corpus.read(write("crlf.txt", withBom));
        assertEquals(Optional.of("Windows file"), article.title());
        assertEquals(Optional.of(LocalDate.of(2025, 6, 25)), article.published());
        assertTrue(article.body().startsWith("Costa Rica"));
        assertEquals(List.of("Costa Rica took 200 deportees.", "Panama took 300.", "Guatemala"),
                article.sentences().stream().map(Sentence::text).toList());
    }

    @Test
    void badFilesInAFolderAreReportedWhileTheOthersLoad() throws Exception {
        write("a_good.txt", "Kosovo agreed to take 50 people.\n");
        write("b_empty.txt", "");
        write("c_binary.txt", new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 0});
        write("d_latin1.txt", "Mart\u00ednez said no.\n".getBytes(StandardCharsets.ISO_8859_1));
        write("e_broken.md", "---\ntitle: T\n");
        write("f_good.md", "---\ntitle: Rwanda\n---\nRwanda took an Iraqi man.\n");
        write("README.md", "This folder holds test articles.\n");
        write("notes.csv", "not,an,article\n");
        Files.createDirectory(dir.resolve("sub.txt"));

        CorpusReading reading = Corpus.readFolder(dir);
        assertEquals(List.of("a_good", "f_good"), reading.articles().stream().map(Article::id).toList());
        assertEquals(List.of("b_empty.txt", "c_binary.txt", "d_latin1.txt", "e_broken.md"),
                reading.errors().stream().map(e -> e.file().getFileName().toString()).toList());
        assertTrue(reading.errors().stream().allMatch(e -> e.getMessage().startsWith(e.file().toString())));
        assertTrue(reading.hasErrors());
    }

    @Test
    void twoFilesWithTheSameIdAreAnError() throws Exception {
        write("same.md", "Peru said no.\n");
        write("same.txt", "Peru said no again.\n");
        CorpusReading reading = Corpus.readFolder(dir);
        assertEquals(1, reading.articles().size());
        assertEquals(1, reading.errors().size());
        assertTrue(reading.errors().get(0).getMessage().contains("already used"));
    }

    @Test
    void aMissingFolderIsAnError() {
        assertThrows(UncheckedIOException.class, () -> Corpus.readFolder(dir.resolve("missing")));
    }
}
