@errors
Feature: Ids that name no record, or are not ids at all
  Delink page, Possible Errors:
  INVALID_DATA, HTTP 400, "the related id given seems to be invalid": "You have specified an incorrect related
  record ID." Whether Zoho reports it inside data[] for that record or as the whole call's answer, and the HTTP
  status of the whole answer, are not documented: Zoho's official OpenAPI examples show a per-record error and 400.
  UNABLE_TO_PARSE_DATA_TYPE, HTTP 400, "either the request body or parameters is in wrong format": "The parameter
  values are in the wrong format. Specify valid record IDs."

  Rule: A related id that names no record is invalid data

    Example: Delinking a contact that has been deleted
      Given campaign C is linked to contact A
      And contact Z has been deleted
      When contact Z is delinked from campaign C
      Then the delink of contact Z fails with INVALID_DATA
        | expects           | Zoho answers                             | evidence         |
        | code              | INVALID_DATA                             | delink page      |
        | message, any case | the related id given seems to be invalid | delink page      |
        | exact message     | the related id given seems to be invalid | official SDK     |
        | reported as       | the record's result in data[]            | official example |
      And the response reports that every delink failed
      And campaign C is still linked to contact A

  Rule: A list of ids with one that is not a number cannot be parsed
    The official OpenAPI file declares ids with the pattern ^[0-9]+(,[0-9]+)*$: such a list is a malformed
    parameter, refused as a whole.

    Example: A list with one id that is not a number is refused as a whole
      Given campaign C is linked to contact A
      When contact A and an id that is not a number are delinked from campaign C in one call
      Then the call is rejected with UNABLE_TO_PARSE_DATA_TYPE
        | expects           | Zoho answers                                             | evidence         |
        | refused           | an error, nothing delinked                               | delink page      |
        | code              | UNABLE_TO_PARSE_DATA_TYPE                                | delink page      |
        | HTTP status       | 400                                                      | delink page      |
        | message, any case | either the request body or parameters is in wrong format | delink page      |
        | exact message     | either the request body or parameters is in wrong format | inferred         |
        | details           | {}                                                       | official example |
        | reported as       | the whole call's answer                                  | official example |
      And campaign C is still linked to contact A

  @assumed
  Rule: An id in the path that is not a number cannot be parsed
    Nothing documents an id in the path that is not a number (docs/evidence.md, open question 6); the page's
    error for malformed ids is assumed.

    Example: Delinking by an id that is not a number
      Given campaign C is linked to contact A
      When a contact id that is not a number is delinked from campaign C
      Then the call is rejected with UNABLE_TO_PARSE_DATA_TYPE
        | expects       | Zoho answers                                             | evidence |
        | refused       | an error, nothing delinked                               | inferred |
        | code          | UNABLE_TO_PARSE_DATA_TYPE                                | inferred |
        | HTTP status   | 400                                                      | inferred |
        | exact message | either the request body or parameters is in wrong format | inferred |
      And campaign C is still linked to contact A

    Example: A record id in the path that is not a number
      Given contact A exists
      When contact A is delinked from a campaign whose id is not a number
      Then the call is rejected with UNABLE_TO_PARSE_DATA_TYPE
        | expects       | Zoho answers                                             | evidence |
        | refused       | an error, nothing delinked                               | inferred |
        | code          | UNABLE_TO_PARSE_DATA_TYPE                                | inferred |
        | HTTP status   | 400                                                      | inferred |
        | exact message | either the request body or parameters is in wrong format | inferred |

  @assumed
  Rule: A record that does not exist cannot have its relations delinked
    A PUT to a deleted Lead answered INVALID_DATA with details {resource_path_index: 1}; Zoho's official OpenAPI
    example answers 404 "The record does not exist" instead. Contested.

    Example: Delinking from a campaign that has been deleted
      Given contact A exists
      And campaign Z has been deleted
      When contact A is delinked from campaign Z
      Then the call is rejected with INVALID_DATA
        | expects       | Zoho answers                             | evidence         |
        | refused       | an error, nothing delinked               | contested        |
        | code          | INVALID_DATA                             | contested        |
        | HTTP status   | 400                                      | contested        |
        | exact message | the related id given seems to be invalid | inferred         |
        | details       | {"resource_path_index":1}                | seen on the wire |
