package org.movierec.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkedSectionsTest {
    private static final String PAGE = "# Title\n\ntext\n<!-- results:alpha -->\nold alpha\n<!-- /results -->\nmiddle\n"
            + "<!-- results:beta -->\n<!-- /results -->\nend\n";

    @Test
    void readsEverySectionInPageOrder() {
        assertThat(MarkedSections.read(PAGE)).containsExactly(Map.entry("alpha", "old alpha\n"), Map.entry("beta", ""));
    }

    @Test
    void replacesOnlyTheSectionsContents() {
        String replaced = MarkedSections.replace(PAGE, name -> "new " + name + " $1 \\\n");
        assertThat(replaced).isEqualTo("# Title\n\ntext\n<!-- results:alpha -->\nnew alpha $1 \\\n<!-- /results -->\nmiddle\n"
                + "<!-- results:beta -->\nnew beta $1 \\\n<!-- /results -->\nend\n");
        assertThat(MarkedSections.replace(replaced, name -> "new " + name + " $1 \\\n")).isEqualTo(replaced);
    }

    @Test
    void aPageWithoutMarkersStaysAsItIs() {
        assertThat(MarkedSections.replace("plain\n", name -> "x\n")).isEqualTo("plain\n");
        assertThat(MarkedSections.read("plain\n")).isEmpty();
    }
}
