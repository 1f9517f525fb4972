@errors @tokens
Feature: Every call needs a valid access token
  Every Zoho CRM API call carries "Authorization: Zoho-oauthtoken <access token>" (delink page, Header). The
  errors are not on the delink page; they are Zoho's answers seen on the wire: AUTHENTICATION_FAILURE
  "Authentication failed" without a token, INVALID_TOKEN "invalid oauth token" with one Zoho does not accept. An
  expired token gets INVALID_TOKEN (create-services page); no capture shows its message.

  Rule: A call without an access token is not authenticated

    Example: Delinking without an access token
      Given campaign C is linked to contact A
      And the caller presents no access token
      When contact A is delinked from campaign C
      Then the call is rejected with AUTHENTICATION_FAILURE
        | expects       | Zoho answers               | evidence         |
        | refused       | an error, nothing delinked | delink page      |
        | code          | AUTHENTICATION_FAILURE     | seen on the wire |
        | HTTP status   | 401                        | seen on the wire |
        | exact message | Authentication failed      | seen on the wire |
        | details       | {}                         | seen on the wire |
      And campaign C is still linked to contact A

  Rule: An access token Zoho does not accept is invalid

    Example: Delinking with a token Zoho never issued
      Given campaign C is linked to contact A
      And the caller presents an access token that Zoho never issued
      When contact A is delinked from campaign C
      Then the call is rejected with INVALID_TOKEN
        | expects       | Zoho answers               | evidence         |
        | refused       | an error, nothing delinked | Zoho docs        |
        | code          | INVALID_TOKEN              | seen on the wire |
        | HTTP status   | 401                        | seen on the wire |
        | exact message | invalid oauth token        | seen on the wire |
        | details       | {}                         | seen on the wire |
      And campaign C is still linked to contact A

    Example: Delinking with an expired token
      Given campaign C is linked to contact A
      And the caller presents an access token that has expired
      When contact A is delinked from campaign C
      Then the call is rejected with INVALID_TOKEN
        | expects       | Zoho answers               | evidence         |
        | refused       | an error, nothing delinked | Zoho docs        |
        | code          | INVALID_TOKEN              | Zoho docs        |
        | HTTP status   | 401                        | seen on the wire |
        | exact message | invalid oauth token        | inferred         |
      And campaign C is still linked to contact A
