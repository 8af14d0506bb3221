package id.lumbung.replication;

import java.util.List;

/** One line of replications.jsonl, the source data's format of replication records. */
public record ReplicationRecord(String sourceSlug, String adopterRegionName, String adopterRegionCode,
        String adopterProvinceName, String adopterName, String adopterCountry, Integer year, String status, String note,
        List<String> sourceUrls) {

    public ReplicationInput toInput() {
        return new ReplicationInput(sourceSlug, adopterRegionCode, adopterName, adopterCountry,
                ReplicationStatus.fromSourceData(status), null, year, null, null, note, sourceUrls);
    }
}
