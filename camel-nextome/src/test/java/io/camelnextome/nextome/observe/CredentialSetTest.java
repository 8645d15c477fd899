package io.camelnextome.nextome.observe;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** What the console, the health details and the token gauge's {@code auth.url} tag show of an auth URL. */
class CredentialSetTest {

    @Test
    void aKeyInTheAuthUrlIsMasked() {
        CredentialSet set = new CredentialSet("app", "https://user:pw123@auth.example.com/apps/auth?apiKey=topsecret&region=eu");
        assertFalse(set.toString().contains("topsecret"), set.toString());
        assertFalse(set.authUrl().contains("pw123"), set.authUrl());
        assertEquals(set, new CredentialSet("app", "https://user:pw123@auth.example.com/apps/auth?apiKey=topsecret&region=eu"));
    }

    /** Only whole names are credential keys: a parameter whose name holds one is kept. */
    @Test
    void aNameThatHoldsACredentialKeyIsKept() {
        String url = "https://auth.example.com/apps/auth?zipcode=70100&monkey=7&Token=t0p&key=k3y";
        assertEquals("https://auth.example.com/apps/auth?zipcode=70100&monkey=7&Token=xxxxxx&key=xxxxxx",
                new CredentialSet("app", url).authUrl());
    }

    @Test
    void aPlainAuthUrlIsKeptAsWritten() {
        assertEquals("https://auth.example.com/apps/auth", new CredentialSet("app", "https://auth.example.com/apps/auth").authUrl());
    }
}
