package id.lumbung.region;

/** A region got a new alias: whoever derives something from the aliases (search's synonyms) refreshes it. */
public record RegionAliasesChanged(String regionCode) {
}
