@outcomes
Feature: Each record of a multi-record call gets its own result
  The delink page's sample answers one result per id, in data[]: code SUCCESS, details.id, message "relation
  removed", status "success". The official OpenAPI file allows per-record errors in the same array. What a mix of
  results does to the HTTP status is not documented: 207 is Zoho's documented convention for other multi-record
  APIs, while the OpenAPI file declares only 200 (zoho-api.md, unknowns 1 and 2). The behaviour profile chooses.

  @assumed
  Rule: Mixed results are reported per record, and the call as a partial success

    Example: A linked, an unrelated and a deleted contact in one call
      Given campaign C is linked to contacts A and B
      And contact X exists but is not linked to campaign C
      And contact Z has been deleted
      When contacts A, X and Z are delinked from campaign C in one call
      Then the response reports a partial success
      And the results follow the order of the request
      And the delink of contact A succeeds
      And the delink of contact X reports that the records were not related
      And the delink of contact Z fails with INVALID_DATA
      And campaign C is linked only to contact B
      And contacts A and X still exist
