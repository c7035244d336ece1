package org.movierec.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeCommandTest {
    @Test
    void optionsThatAreNeitherServesNorSpringPropertiesAreRefusedBeforeStarting() {
        for (String[] bad : new String[][] {{"--prot", "8080"}, {"--prot=8080"}, {"--server.port"}, {"extra"}}) {
            StringWriter err = new StringWriter();
            CommandLine cli = MovierecCommand.commandLine();
            cli.setErr(new PrintWriter(err));
            String[] args = new String[bad.length + 1];
            args[0] = "serve";
            System.arraycopy(bad, 0, args, 1, bad.length);
            assertThat(cli.execute(args)).as(String.join(" ", bad)).isEqualTo(1);
            assertThat(err.toString()).as(String.join(" ", bad)).contains("unknown option").contains("--name.with.dots=value")
                    .doesNotContain("Exception");
        }
    }
}
