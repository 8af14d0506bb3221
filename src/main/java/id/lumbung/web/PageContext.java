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

    public boolean english() {
        return "en".equals(lang);
    }
}
