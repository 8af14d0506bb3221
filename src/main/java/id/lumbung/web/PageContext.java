package id.lumbung.web;

import id.lumbung.access.Caller;

/**
 * What every page template needs besides its own data: the language, who is signed in, and the link that
 * switches the language of the same page.
 */
public record PageContext(String lang, String otherLang, String switchHref, Caller caller, String path) {

    public boolean signedIn() {
        return caller.staff();
    }

    /** The same page for another caller (an error page that cannot offer the signed-in staff member's sign-out form). */
    public PageContext withCaller(Caller other) {
        return new PageContext(lang, otherLang, switchHref, other, path);
    }

    public boolean english() {
        return "en".equals(lang);
    }
}
