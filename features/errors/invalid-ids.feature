@errors
Feature: Ids that name no record, or are not ids at all
  Delink page, Possible Errors:
  INVALID_DATA, HTTP 400, "the related id given seems to be invalid": "You have specified an incorrect related
  record ID." The official OpenAPI file places per-record errors inside data[], like successes.
  UNABLE_TO_PARSE_DATA_TYPE, HTTP 400, "either the request body or parameters is in wrong format": "Specify valid
  record IDs in the correct format."

  Rule: A related id that names no record is invalid data

    Example: Delinking a contact that has been deleted
      Given campaign C is linked to contact A
      And contact Z has been deleted
      When contact Z is delinked from campaign C
      Then the response reports that every delink failed
      And the delink of contact Z fails with INVALID_DATA
      And campaign C is still linked to contact A

  Rule: An id that is not a number cannot be parsed

    Example: Delinking by an id that is not a number
      Given campaign C is linked to contact A
      When a contact id that is not a number is delinked from campaign C
      Then the call is rejected with UNABLE_TO_PARSE_DATA_TYPE
      And campaign C is still linked to contact A

    @assumed
    Example: A list with one id that is not a number is refused as a whole
      Given campaign C is linked to contact A
      When contact A and an id that is not a number are delinked from campaign C in one call
      Then the call is rejected with UNABLE_TO_PARSE_DATA_TYPE
      And campaign C is still linked to contact A

    @assumed
    Example: A record id in the path that is not a number
      Given contact A exists
      When contact A is delinked from a campaign whose id is not a number
      Then the call is rejected with UNABLE_TO_PARSE_DATA_TYPE

  @assumed
  Rule: A record that does not exist cannot have its relations delinked
    A PUT to a deleted Lead answered INVALID_DATA with details {resource_path_index: 1}; for delink it is inferred.

    Example: Delinking from a campaign that has been deleted
      Given contact A exists
      And campaign Z has been deleted
      When contact A is delinked from campaign Z
      Then the call is rejected with INVALID_DATA_RECORD_ID
