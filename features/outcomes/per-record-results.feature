@outcomes
Feature: Each record of a multi-record call gets its own result
  The delink page's sample answers one result per id, in data[]: code SUCCESS, details.id, message "relation
  removed", status "success". Zoho's newer official OpenAPI file shows what a mix of results looks like: a
  per-record error beside the successes, HTTP 207, and "relation not found" for an id that is not related. These
  are official examples, not documentation or captures (docs/evidence.md, open questions 1 and 2); the behaviour
  profile chooses where sources disagree.

  @assumed @official-example
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
        | expects           | Zoho answers                             | evidence         |
        | code              | INVALID_DATA                             | delink page      |
        | message, any case | the related id given seems to be invalid | delink page      |
        | exact message     | the related id given seems to be invalid | official SDK     |
        | reported as       | the record's result in data[]            | official example |
      And campaign C is linked only to contact B
      And contacts A and X still exist
