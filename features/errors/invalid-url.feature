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
        | expects           | Zoho answers                                              | evidence         |
        | refused           | an error, nothing delinked                                | delink page      |
        | code              | INVALID_URL_PATTERN                                       | delink page      |
        | HTTP status       | 404                                                       | delink page      |
        | message, any case | Please check if the URL trying to access is a correct one | delink page      |
        | exact message     | Please check if the URL trying to access is a correct one | official SDK     |
        | details           | {}                                                        | seen on the wire |
      And campaign C is still linked to contact A

  Rule: Delinking takes the DELETE method only

    Example: Delinking with another request method
      Given campaign C is linked to contact A
      When contact A is delinked from campaign C with a request method the API does not accept
      Then the call is rejected with INVALID_REQUEST_METHOD
        | expects           | Zoho answers                                    | evidence     |
        | refused           | an error, nothing delinked                      | delink page  |
        | code              | INVALID_REQUEST_METHOD                          | delink page  |
        | HTTP status       | 400                                             | delink page  |
        | message, any case | The http request method type is not a valid one | delink page  |
        | exact message     | The http request method type is not a valid one | official SDK |
        | details           | {}                                              | inferred     |
      And campaign C is still linked to contact A
