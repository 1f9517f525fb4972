@errors @emulator-only
Feature: An unexpected server failure
  Delink page, Possible Errors: INTERNAL_ERROR, HTTP 500, "Internal Server Error": "Unexpected and unhandled
  exception in Server." Zoho's own material words the message three ways (the page, the SDKs' enum, the official
  OpenAPI example), so no message is held as documented; the emulator sends the SDKs' text. A real org cannot be
  made to fail on purpose, so this runs on the emulator only.

  Rule: A failure inside Zoho is reported as an internal error

    Example: Zoho fails while delinking
      Given campaign C is linked to contact A
      And Zoho fails unexpectedly on the next delink
      When contact A is delinked from campaign C
      Then the call is rejected with INTERNAL_ERROR
        | expects       | Zoho answers                    | evidence     |
        | refused       | an error, nothing delinked      | delink page  |
        | code          | INTERNAL_ERROR                  | delink page  |
        | HTTP status   | 500                             | delink page  |
        | exact message | Internal server error occurred. | official SDK |
        | details       | {}                              | inferred     |
