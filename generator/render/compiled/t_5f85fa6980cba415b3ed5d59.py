from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'index.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_business = resolve('business')
    l_0_words = resolve('words')
    l_0_gettext = resolve('gettext')
    l_0_policy = resolve('policy')
    l_0__trans = l_0_room = l_0_status_room = missing
    try:
        t_1 = environment.filters['block']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'block' found.")
    try:
        t_2 = environment.filters['inline']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'inline' found.")
    try:
        t_3 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    pass
    yield '# '
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title')))
    yield '\n\n'
    if environment.getattr((undefined(name='business') if l_0_business is missing else l_0_business), 'summary'):
        pass
        yield escape(environment.finalize(t_1(environment.getattr((undefined(name='business') if l_0_business is missing else l_0_business), 'summary'))))
        yield '\n\n'
    yield '<p class="zone-note">'
    l_0__trans = context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'zone'))
    context.vars['_trans'] = l_0__trans
    yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'All hours on this site are in %(zone)s.', zone=(undefined(name='_trans') if l_0__trans is missing else l_0__trans))))
    yield '</p>\n\n'
    l_0_room = context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'status_room'))
    context.vars['room'] = l_0_room
    context.exported_vars.add('room')
    t_4 = []
    pass
    t_4.extend((
        '<span class="status-room" aria-hidden="true" data-search-exclude><span data-search-exclude>',
        escape(environment.finalize(environment.getitem((undefined(name='room') if l_0_room is missing else l_0_room), 0))),
        '</span><span data-search-exclude>',
        escape(environment.finalize(environment.getitem((undefined(name='room') if l_0_room is missing else l_0_room), 1))),
        '</span></span>',
    ))
    l_0_status_room = (Markup if context.eval_ctx.autoescape else identity)(concat(t_4))
    context.vars['status_room'] = l_0_status_room
    context.exported_vars.add('status_room')
    for l_1_channel in environment.getattr((undefined(name='policy') if l_0_policy is missing else l_0_policy), 'channels'):
        l_1_icon = resolve('icon')
        l_1_account = resolve('account')
        l_1__ = resolve('_')
        l_1_location = resolve('location')
        l_1_hours_lines = resolve('hours_lines')
        l_1_records = resolve('records')
        l_1_times = resolve('times')
        l_1_examples = resolve('examples')
        l_1_item_list = resolve('item_list')
        l_1_help_text = resolve('help_text')
        _loop_vars = {}
        pass
        yield '<div class="channel-card channel-'
        yield escape(environment.finalize(('answered' if environment.getattr(l_1_channel, 'answered') else 'announcements')))
        yield '" markdown>\n\n## '
        yield escape(environment.finalize(context.call((undefined(name='icon') if l_1_icon is missing else l_1_icon), environment.getattr(l_1_channel, 'type'), _loop_vars=_loop_vars)))
        yield escape(environment.finalize(environment.getattr(l_1_channel, 'name')))
        yield ' { #'
        yield escape(environment.finalize(t_3(environment.getattr(l_1_channel, 'id'))))
        yield ' }\n\n<p class="channel-meta">'
        yield escape(environment.finalize(t_3(context.call((undefined(name='account') if l_1_account is missing else l_1_account), l_1_channel, _loop_vars=_loop_vars))))
        if (environment.getattr(l_1_channel, 'handle') or environment.getattr(l_1_channel, 'url')):
            pass
            yield ' · '
        yield '<strong class="channel-role">'
        yield escape(environment.finalize((context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Answered', _loop_vars=_loop_vars) if environment.getattr(l_1_channel, 'answered') else context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Announcements only', _loop_vars=_loop_vars))))
        yield '</strong></p>\n'
        if environment.getattr(l_1_channel, 'answered'):
            pass
            yield '<p class="channel-status" data-channel="'
            yield escape(environment.finalize(environment.getattr(l_1_channel, 'id')))
            yield '"'
            if (undefined(name='location') if l_1_location is missing else l_1_location):
                pass
                yield ' data-location="'
                yield escape(environment.finalize((undefined(name='location') if l_1_location is missing else l_1_location)))
                yield '"'
            yield ' hidden>'
            yield escape(environment.finalize((undefined(name='status_room') if l_0_status_room is missing else l_0_status_room)))
            yield '</p>\n<dl class="channel-facts">\n<dt>'
            yield escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Staffed', _loop_vars=_loop_vars)))
            yield '</dt>\n<dd>'
            yield escape(environment.finalize(t_3(context.call((undefined(name='hours_lines') if l_1_hours_lines is missing else l_1_hours_lines), (undefined(name='words') if l_0_words is missing else l_0_words), environment.getattr(l_1_channel, 'hours'), _loop_vars=_loop_vars))))
            yield '</dd>\n<dt>'
            yield escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Reply', _loop_vars=_loop_vars)))
            yield '</dt>\n<dd>'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'promise'), environment.getattr(l_1_channel, 'first_response'), environment.getattr(environment.getattr(l_1_channel, 'hours'), 'always'), _loop_vars=_loop_vars)))
            yield '</dd>\n'
            if environment.getattr(l_1_channel, 'track_record'):
                pass
                yield '<dt>'
                yield escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'On time', _loop_vars=_loop_vars)))
                yield '</dt>\n<dd class="channel-track-record">'
                yield escape(environment.finalize(context.call(environment.getattr((undefined(name='records') if l_1_records is missing else l_1_records), 'sentence'), (undefined(name='words') if l_0_words is missing else l_0_words), environment.getattr(l_1_channel, 'track_record'), _loop_vars=_loop_vars)))
                yield '</dd>\n'
            l_1_examples = environment.getattr(environment.getitem(environment.getattr((undefined(name='times') if l_1_times is missing else l_1_times), 'channels'), environment.getattr(l_1_channel, 'id')), 'examples')
            _loop_vars['examples'] = l_1_examples
            if (undefined(name='examples') if l_1_examples is missing else l_1_examples):
                pass
                yield '<dt>'
                yield escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'For example:', _loop_vars=_loop_vars)))
                yield '</dt>\n<dd><ul class="channel-examples">'
                for l_2_e in (undefined(name='examples') if l_1_examples is missing else l_1_examples):
                    _loop_vars = {}
                    pass
                    yield '<li>'
                    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'example'), environment.getattr(l_2_e, 'sent'), environment.getattr(l_2_e, 'deadline'), _loop_vars=_loop_vars)))
                    yield '</li>'
                l_2_e = missing
                yield '</ul></dd>\n'
            if environment.getattr(l_1_channel, 'good_for'):
                pass
                yield '<dt>'
                yield escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Good for', _loop_vars=_loop_vars)))
                yield '</dt>\n<dd>'
                yield escape(environment.finalize(t_3(context.call((undefined(name='item_list') if l_1_item_list is missing else l_1_item_list), environment.getattr(l_1_channel, 'good_for'), _loop_vars=_loop_vars))))
                yield '</dd>\n'
            if environment.getattr(l_1_channel, 'not_for'):
                pass
                yield '<dt>'
                yield escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Not for', _loop_vars=_loop_vars)))
                yield '</dt>\n<dd>'
                yield escape(environment.finalize(t_3(context.call((undefined(name='item_list') if l_1_item_list is missing else l_1_item_list), environment.getattr(l_1_channel, 'not_for'), _loop_vars=_loop_vars))))
                yield '</dd>\n'
            if environment.getattr(l_1_channel, 'privacy'):
                pass
                yield '<dt>'
                yield escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Privacy', _loop_vars=_loop_vars)))
                yield '</dt>\n<dd>'
                yield escape(environment.finalize(t_2(environment.getattr(l_1_channel, 'privacy'))))
                yield '</dd>\n'
            if environment.getattr(l_1_channel, 'languages'):
                pass
                yield '<dt>'
                yield escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Languages', _loop_vars=_loop_vars)))
                yield '</dt>\n<dd>'
                yield escape(environment.finalize(context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'languages'), environment.getattr(l_1_channel, 'languages'), _loop_vars=_loop_vars)))
                yield '</dd>\n'
            yield '</dl>\n'
        else:
            pass
            yield '<p class="channel-not-answered">'
            yield escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'We post news here but do not read or answer messages on this channel.', _loop_vars=_loop_vars)))
            yield '</p>\n'
            if environment.getattr(l_1_channel, 'good_for'):
                pass
                yield '<dl class="channel-facts">\n<dt>'
                yield escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Follow for', _loop_vars=_loop_vars)))
                yield '</dt>\n<dd>'
                yield escape(environment.finalize(t_3(context.call((undefined(name='item_list') if l_1_item_list is missing else l_1_item_list), environment.getattr(l_1_channel, 'good_for'), _loop_vars=_loop_vars))))
                yield '</dd>\n</dl>\n'
            if environment.getattr((undefined(name='policy') if l_0_policy is missing else l_0_policy), 'answered'):
                pass
                yield '\n'
                yield escape(environment.finalize((undefined(name='help_text') if l_1_help_text is missing else l_1_help_text)))
                yield '\n'
        yield '\n</div>\n\n'
    l_1_channel = l_1_icon = l_1_account = l_1__ = l_1_location = l_1_hours_lines = l_1_records = l_1_times = l_1_examples = l_1_item_list = l_1_help_text = missing

blocks = {}
debug_info = '1=36&3=38&4=40&7=45&10=47&11=54&12=62&13=76&15=78&17=83&18=90&19=93&21=103&22=105&23=107&24=109&25=111&26=114&27=116&29=118&30=120&31=123&32=125&34=133&35=136&36=138&38=140&39=143&40=145&42=147&43=150&44=152&46=154&47=157&48=159&52=165&53=167&55=170&56=172&59=174&61=177'
# public/index.md.j2, compiled by Jinja 3.1.6: written by `make templates`, do not edit.
