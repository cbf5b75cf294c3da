package org.w3id.deportationdeals.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.w3id.deportationdeals.vocab.DD;

/** Which published fact an undated statement may be: the IRI without its date. */
class FactKeysTest {
    private final FactKeys keys = FactKeys.bundled();

    @Test
    void theDateIsTakenOutWhereverTheKindPutsItInTheKey() {
        assertEquals(DD.ID + "response/bz-agreed", keys.undatedIri(DD.ID + "response/bz-agreed-2025-03-03", "2025-03-03"));
        assertEquals(DD.ID + "transfer/gh-14", keys.undatedIri(DD.ID + "transfer/gh-2025-09-05-14", "2025-09-05"));
        assertEquals(DD.ID + "request/us-rw", keys.undatedIri(DD.ID + "request/us-rw-2025-04", "2025-04"));
    }

    @Test
    void aFactKnownByItsDateAloneOrByAnotherDateHasNoUndatedForm() {
        assertNull(keys.undatedIri(DD.ID + "cable/2025-03-12", "2025-03-12"));
        assertNull(keys.undatedIri(DD.ID + "transfer/gh-2025-09-05-14", "2025-09-0"));
    }
}
