package uk.contactpoint.feeds.control;

/** A feed record of a Leeds child as a source sends it, for the feed's unit tests. */
final class SentRecords {

  private SentRecords() {}

  static FeedRecord record(
      String id, String given, String family, String born, String nhs, String postcode) {
    return FeedRecord.bind(
        "{\"recordId\":\""
            + id
            + "\",\"localAuthority\":\"E08000035\",\"name\":{\"given\":\""
            + given
            + "\",\"family\":\""
            + family
            + "\",\"former\":[]},\"dateOfBirth\":\""
            + born
            + "\",\"gender\":\"FEMALE\""
            + (nhs == null ? "" : ",\"nhsNumber\":\"" + nhs + "\"")
            + ",\"address\":{\"lines\":[\"1 High Street\"],\"town\":\"Leeds\",\"postcode\":\""
            + postcode
            + "\",\"status\":\"CURRENT\"}}");
  }
}
