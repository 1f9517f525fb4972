@errors @emulator-only
Feature: An unexpected server failure
  Delink page, Possible Errors: INTERNAL_ERROR, HTTP 500, "Internal Server Error": "Unexpected and unhandled
  exception in Server." The page's prose differs from Zoho's SDK enum, "Internal server error occurred.", which
  is what the emulator sends. A real org cannot be made to fail on purpose, so this runs on the emulator only.

  Rule: A failure inside Zoho is reported as an internal error

    Example: Zoho fails while delinking
      Given campaign C is linked to contact A
      And Zoho fails unexpectedly on the next delink
      When contact A is delinked from campaign C
      Then the call is rejected with INTERNAL_ERROR
