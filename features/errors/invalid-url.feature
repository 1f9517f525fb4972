@errors
Feature: Addresses and methods the delink API does not serve
  Delink page, Possible Errors:
  INVALID_URL_PATTERN, HTTP 404, "Please check if the URL trying to access is a correct one".
  INVALID_REQUEST_METHOD, HTTP 400, "The http request method type is not a valid one".

  Rule: A URL that matches none of the documented patterns is not found

    Example: Delinking through an address with an extra path segment
      Given campaign C is linked to contact A
      When contact A is delinked from campaign C through an address that matches no API pattern
      Then the call is rejected with INVALID_URL_PATTERN
      And campaign C is still linked to contact A

  Rule: Delinking takes the DELETE method only

    Example: Delinking with another request method
      Given campaign C is linked to contact A
      When contact A is delinked from campaign C with a request method the API does not accept
      Then the call is rejected with INVALID_REQUEST_METHOD
      And campaign C is still linked to contact A
