from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_changes.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_change_list = missing
    try:
        t_1 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    pass
    def macro(l_1_changes, l_1_words):
        t_2 = []
        if l_1_changes is missing:
            l_1_changes = undefined("parameter 'changes' was not provided", name='changes')
        if l_1_words is missing:
            l_1_words = undefined("parameter 'words' was not provided", name='words')
        pass
        for l_2_c in l_1_changes:
            l_2__ = resolve('_')
            l_2_gettext = resolve('gettext')
            l_2__trans = resolve('_trans')
            _loop_vars = {}
            pass
            if (environment.getattr(l_2_c, 'kind') == 'channel_added'):
                pass
                t_2.extend((
                    '- **',
                    escape(environment.finalize(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'New channel:', _loop_vars=_loop_vars))),
                    '** ',
                    escape(environment.finalize(environment.getattr(l_2_c, 'subject'))),
                ))
                if environment.getattr(environment.getattr(l_2_c, 'extra'), 'answered'):
                    pass
                    t_2.extend((
                        '. ',
                        escape(environment.finalize(context.call(environment.getattr(l_1_words, 'promise'), environment.getattr(l_2_c, 'new'), _loop_vars=_loop_vars))),
                    ))
                else:
                    pass
                    t_2.extend((
                        ' ',
                        escape(environment.finalize(context.call((undefined(name='_') if l_2__ is missing else l_2__), '(announcements only: not answered).', _loop_vars=_loop_vars))),
                    ))
                t_2.append(
                    '\n',
                )
            elif (environment.getattr(l_2_c, 'kind') == 'channel_removed'):
                pass
                t_2.extend((
                    '- **',
                    escape(environment.finalize(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Channel removed:', _loop_vars=_loop_vars))),
                    '** ',
                ))
                t_2.append(
                    escape(environment.finalize(context.call((undefined(name='gettext') if l_2_gettext is missing else l_2_gettext), '%(channel)s is no longer one of our channels.', channel=environment.getattr(l_2_c, 'subject'), _loop_vars=_loop_vars))),
                )
                t_2.append(
                    '\n',
                )
            elif (environment.getattr(l_2_c, 'kind') == 'now_announcements'):
                pass
                t_2.extend((
                    '- **',
                    escape(environment.finalize(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'No longer answered:', _loop_vars=_loop_vars))),
                    '** ',
                ))
                t_2.append(
                    escape(environment.finalize(context.call((undefined(name='gettext') if l_2_gettext is missing else l_2_gettext), '%(channel)s is now for announcements only; messages there are not answered.', channel=environment.getattr(l_2_c, 'subject'), _loop_vars=_loop_vars))),
                )
                t_2.append(
                    '\n',
                )
            elif (environment.getattr(l_2_c, 'kind') == 'now_answered'):
                pass
                t_2.extend((
                    '- **',
                    escape(environment.finalize(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Now answered:', _loop_vars=_loop_vars))),
                    '** ',
                    escape(environment.finalize(environment.getattr(l_2_c, 'subject'))),
                    '. ',
                    escape(environment.finalize(context.call(environment.getattr(l_1_words, 'promise'), environment.getattr(l_2_c, 'new'), _loop_vars=_loop_vars))),
                    '\n',
                ))
            elif (environment.getattr(l_2_c, 'kind') == 'renamed'):
                pass
                t_2.extend((
                    '- **',
                    escape(environment.finalize(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Renamed:', _loop_vars=_loop_vars))),
                    '** ',
                ))
                t_2.append(
                    escape(environment.finalize(context.call((undefined(name='gettext') if l_2_gettext is missing else l_2_gettext), '%(old)s is now called %(new)s.', old=environment.getattr(l_2_c, 'old'), new=environment.getattr(l_2_c, 'new'), _loop_vars=_loop_vars))),
                )
                t_2.append(
                    '\n',
                )
            elif (environment.getattr(l_2_c, 'kind') == 'account'):
                pass
                t_2.extend((
                    '- **',
                    escape(environment.finalize(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Account changed:', _loop_vars=_loop_vars))),
                    '** ',
                ))
                t_2.append(
                    escape(environment.finalize(context.call((undefined(name='gettext') if l_2_gettext is missing else l_2_gettext), '%(channel)s is now %(new)s (was %(old)s).', channel=environment.getattr(l_2_c, 'subject'), new=(environment.getattr(l_2_c, 'new') or context.call((undefined(name='_') if l_2__ is missing else l_2__), 'unlisted', _loop_vars=_loop_vars)), old=(environment.getattr(l_2_c, 'old') or context.call((undefined(name='_') if l_2__ is missing else l_2__), 'unlisted', _loop_vars=_loop_vars)), _loop_vars=_loop_vars))),
                )
                t_2.append(
                    '\n',
                )
            elif (environment.getattr(l_2_c, 'kind') == 'promise'):
                pass
                t_2.extend((
                    '- **',
                    escape(environment.finalize((context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Slower replies', _loop_vars=_loop_vars) if environment.getattr(l_2_c, 'slower') else context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Faster replies', _loop_vars=_loop_vars)))),
                    ':** ',
                ))
                t_2.append(
                    escape(environment.finalize(context.call((undefined(name='gettext') if l_2_gettext is missing else l_2_gettext), '%(channel)s: %(new)s (was %(old)s).', channel=environment.getattr(l_2_c, 'subject'), new=context.call(environment.getattr(l_1_words, 'promise_short'), environment.getattr(l_2_c, 'new'), _loop_vars=_loop_vars), old=context.call(environment.getattr(l_1_words, 'promise_short'), environment.getattr(l_2_c, 'old'), _loop_vars=_loop_vars), _loop_vars=_loop_vars))),
                )
                t_2.append(
                    '\n',
                )
            elif (environment.getattr(l_2_c, 'kind') == 'hours'):
                pass
                t_2.extend((
                    '- **',
                    escape(environment.finalize((context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Fewer hours', _loop_vars=_loop_vars) if environment.getattr(l_2_c, 'slower') else context.call((undefined(name='_') if l_2__ is missing else l_2__), 'More hours', _loop_vars=_loop_vars)))),
                    ':** ',
                ))
                t_2.append(
                    escape(environment.finalize(context.call((undefined(name='gettext') if l_2_gettext is missing else l_2_gettext), '%(channel)s on %(day)ss: %(new)s (was %(old)s).', channel=environment.getattr(l_2_c, 'subject'), day=context.call(environment.getattr(l_1_words, 'day'), environment.getattr(environment.getattr(l_2_c, 'extra'), 'day'), _loop_vars=_loop_vars), new=context.call(environment.getattr(l_1_words, 'ranges'), environment.getattr(l_2_c, 'new'), _loop_vars=_loop_vars), old=context.call(environment.getattr(l_1_words, 'ranges'), environment.getattr(l_2_c, 'old'), _loop_vars=_loop_vars), _loop_vars=_loop_vars))),
                )
                t_2.append(
                    '\n',
                )
            elif (environment.getattr(l_2_c, 'kind') == 'good_for'):
                pass
                t_2.append(
                    '- **',
                )
                t_2.append(
                    escape(environment.finalize(context.call((undefined(name='gettext') if l_2_gettext is missing else l_2_gettext), '%(channel)s is good for:', channel=environment.getattr(l_2_c, 'subject'), _loop_vars=_loop_vars))),
                )
                t_2.extend((
                    '** ',
                    escape(environment.finalize(context.call(environment.getattr(l_1_words, 'sentence'), (context.call(environment.getattr(l_1_words, 'join'), t_1(context.eval_ctx, environment.getattr(l_2_c, 'new')), _loop_vars=_loop_vars) if environment.getattr(l_2_c, 'new') else context.call((undefined(name='_') if l_2__ is missing else l_2__), 'nothing listed', _loop_vars=_loop_vars)), _loop_vars=_loop_vars))),
                    '\n',
                ))
            elif (environment.getattr(l_2_c, 'kind') == 'not_for'):
                pass
                t_2.append(
                    '- **',
                )
                t_2.append(
                    escape(environment.finalize(context.call((undefined(name='gettext') if l_2_gettext is missing else l_2_gettext), '%(channel)s is not for:', channel=environment.getattr(l_2_c, 'subject'), _loop_vars=_loop_vars))),
                )
                t_2.extend((
                    '** ',
                    escape(environment.finalize(context.call(environment.getattr(l_1_words, 'sentence'), (context.call(environment.getattr(l_1_words, 'join'), t_1(context.eval_ctx, environment.getattr(l_2_c, 'new')), _loop_vars=_loop_vars) if environment.getattr(l_2_c, 'new') else context.call((undefined(name='_') if l_2__ is missing else l_2__), 'nothing listed', _loop_vars=_loop_vars)), _loop_vars=_loop_vars))),
                    '\n',
                ))
            elif (environment.getattr(l_2_c, 'kind') == 'languages'):
                pass
                t_2.extend((
                    '- **',
                    escape(environment.finalize(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Languages:', _loop_vars=_loop_vars))),
                    '** ',
                ))
                t_2.append(
                    escape(environment.finalize(context.call((undefined(name='gettext') if l_2_gettext is missing else l_2_gettext), '%(channel)s now answers in %(new)s (was %(old)s).', channel=environment.getattr(l_2_c, 'subject'), new=(context.call(environment.getattr(l_1_words, 'languages'), environment.getattr(l_2_c, 'new'), _loop_vars=_loop_vars) if environment.getattr(l_2_c, 'new') else context.call((undefined(name='_') if l_2__ is missing else l_2__), 'no listed language', _loop_vars=_loop_vars)), old=(context.call(environment.getattr(l_1_words, 'languages'), environment.getattr(l_2_c, 'old'), _loop_vars=_loop_vars) if environment.getattr(l_2_c, 'old') else context.call((undefined(name='_') if l_2__ is missing else l_2__), 'none listed', _loop_vars=_loop_vars)), _loop_vars=_loop_vars))),
                )
                t_2.append(
                    '\n',
                )
            elif (environment.getattr(l_2_c, 'kind') == 'closure'):
                pass
                t_2.extend((
                    '- **',
                    escape(environment.finalize((context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Closure', _loop_vars=_loop_vars) if (not environment.getattr(l_2_c, 'new')) else context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Special hours', _loop_vars=_loop_vars)))),
                    ':** ',
                    escape(environment.finalize(context.call(environment.getattr(l_1_words, 'long_date'), environment.getattr(environment.getattr(l_2_c, 'extra'), 'date'), _loop_vars=_loop_vars))),
                    ' (',
                    escape(environment.finalize(environment.getattr(l_2_c, 'subject'))),
                    '): ',
                    escape(environment.finalize(context.call(environment.getattr(l_1_words, 'sentence'), context.call(environment.getattr(l_1_words, 'ranges'), environment.getattr(l_2_c, 'new'), _loop_vars=_loop_vars), _loop_vars=_loop_vars))),
                    '\n',
                ))
            elif (environment.getattr(l_2_c, 'kind') == 'closure_removed'):
                pass
                t_2.extend((
                    '- **',
                    escape(environment.finalize(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Closure cancelled:', _loop_vars=_loop_vars))),
                    '** ',
                ))
                l_2__trans = context.call(environment.getattr(l_1_words, 'long_date'), environment.getattr(environment.getattr(l_2_c, 'extra'), 'date'), _loop_vars=_loop_vars)
                _loop_vars['_trans'] = l_2__trans
                t_2.append(
                    escape(environment.finalize(context.call((undefined(name='gettext') if l_2_gettext is missing else l_2_gettext), '%(date)s (%(name)s) has the usual hours again.', date=(undefined(name='_trans') if l_2__trans is missing else l_2__trans), name=environment.getattr(l_2_c, 'subject'), _loop_vars=_loop_vars))),
                )
                t_2.append(
                    '\n',
                )
            elif (environment.getattr(l_2_c, 'kind') == 'holidays'):
                pass
                t_2.extend((
                    '- **',
                    escape(environment.finalize(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Public holidays:', _loop_vars=_loop_vars))),
                    '** ',
                ))
                if environment.getattr(l_2_c, 'new'):
                    pass
                    t_2.append(
                        escape(environment.finalize(context.call((undefined(name='gettext') if l_2_gettext is missing else l_2_gettext), 'we now close on the public holidays of %(region)s.', region=environment.getattr(l_2_c, 'new'), _loop_vars=_loop_vars))),
                    )
                else:
                    pass
                    t_2.append(
                        escape(environment.finalize(context.call((undefined(name='gettext') if l_2_gettext is missing else l_2_gettext), 'we no longer close on the public holidays of %(region)s.', region=environment.getattr(l_2_c, 'old'), _loop_vars=_loop_vars))),
                    )
                t_2.append(
                    '\n',
                )
            elif (environment.getattr(l_2_c, 'kind') == 'timezone'):
                pass
                t_2.extend((
                    '- **',
                    escape(environment.finalize(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Time zone:', _loop_vars=_loop_vars))),
                    '** ',
                ))
                t_2.append(
                    escape(environment.finalize(context.call((undefined(name='gettext') if l_2_gettext is missing else l_2_gettext), 'our hours are now given in %(new)s (was %(old)s).', new=environment.getattr(l_2_c, 'new'), old=environment.getattr(l_2_c, 'old'), _loop_vars=_loop_vars))),
                )
                t_2.append(
                    '\n',
                )
            elif (environment.getattr(l_2_c, 'kind') == 'topic_added'):
                pass
                t_2.extend((
                    '- **',
                    escape(environment.finalize(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Where to get help:', _loop_vars=_loop_vars))),
                    '** ',
                ))
                t_2.append(
                    escape(environment.finalize(context.call((undefined(name='gettext') if l_2_gettext is missing else l_2_gettext), '%(topic)s: use %(channels)s.', topic=environment.getattr(l_2_c, 'subject'), channels=context.call(environment.getattr(l_1_words, 'join'), t_1(context.eval_ctx, environment.getattr(l_2_c, 'new')), 'or', _loop_vars=_loop_vars), _loop_vars=_loop_vars))),
                )
                t_2.append(
                    '\n',
                )
            elif (environment.getattr(l_2_c, 'kind') == 'topic_rerouted'):
                pass
                t_2.extend((
                    '- **',
                    escape(environment.finalize(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Where to get help:', _loop_vars=_loop_vars))),
                    '** ',
                ))
                t_2.append(
                    escape(environment.finalize(context.call((undefined(name='gettext') if l_2_gettext is missing else l_2_gettext), '%(topic)s: now use %(new)s (was %(old)s).', topic=environment.getattr(l_2_c, 'subject'), new=context.call(environment.getattr(l_1_words, 'join'), t_1(context.eval_ctx, environment.getattr(l_2_c, 'new')), 'or', _loop_vars=_loop_vars), old=context.call(environment.getattr(l_1_words, 'join'), t_1(context.eval_ctx, environment.getattr(l_2_c, 'old')), 'or', _loop_vars=_loop_vars), _loop_vars=_loop_vars))),
                )
                t_2.append(
                    '\n',
                )
            elif (environment.getattr(l_2_c, 'kind') == 'topic_removed'):
                pass
                t_2.extend((
                    '- **',
                    escape(environment.finalize(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Where to get help:', _loop_vars=_loop_vars))),
                    '** ',
                ))
                t_2.append(
                    escape(environment.finalize(context.call((undefined(name='gettext') if l_2_gettext is missing else l_2_gettext), '%(topic)s is no longer listed.', topic=environment.getattr(l_2_c, 'subject'), _loop_vars=_loop_vars))),
                )
                t_2.append(
                    '\n',
                )
            elif (environment.getattr(l_2_c, 'kind') == 'reviews'):
                pass
                t_2.extend((
                    '- **',
                    escape(environment.finalize(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Reviews:', _loop_vars=_loop_vars))),
                    '** ',
                ))
                if (environment.getattr(l_2_c, 'new') and ('none' not in environment.getattr(environment.getattr(l_2_c, 'new'), 'respond_to'))):
                    pass
                    if environment.getattr(environment.getattr(l_2_c, 'new'), 'sites'):
                        pass
                        l_2__trans = context.call(environment.getattr(l_1_words, 'review_kinds'), environment.getattr(environment.getattr(l_2_c, 'new'), 'respond_to'), _loop_vars=_loop_vars)
                        _loop_vars['_trans'] = l_2__trans
                        t_2.append(
                            escape(environment.finalize(context.call((undefined(name='gettext') if l_2_gettext is missing else l_2_gettext), 'we reply to %(kinds)s on %(sites)s.', kinds=(undefined(name='_trans') if l_2__trans is missing else l_2__trans), sites=context.call(environment.getattr(l_1_words, 'join'), t_1(context.eval_ctx, environment.getattr(environment.getattr(l_2_c, 'new'), 'sites')), _loop_vars=_loop_vars), _loop_vars=_loop_vars))),
                        )
                    else:
                        pass
                        l_2__trans = context.call(environment.getattr(l_1_words, 'review_kinds'), environment.getattr(environment.getattr(l_2_c, 'new'), 'respond_to'), _loop_vars=_loop_vars)
                        _loop_vars['_trans'] = l_2__trans
                        t_2.append(
                            escape(environment.finalize(context.call((undefined(name='gettext') if l_2_gettext is missing else l_2_gettext), 'we reply to %(kinds)s.', kinds=(undefined(name='_trans') if l_2__trans is missing else l_2__trans), _loop_vars=_loop_vars))),
                        )
                else:
                    pass
                    t_2.append(
                        escape(environment.finalize(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'we no longer reply to reviews.', _loop_vars=_loop_vars))),
                    )
                t_2.append(
                    '\n',
                )
            elif (environment.getattr(l_2_c, 'kind') == 'faq_added'):
                pass
                t_2.extend((
                    '- **',
                    escape(environment.finalize(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'New question in the FAQ:', _loop_vars=_loop_vars))),
                    '** ',
                    escape(environment.finalize(environment.getattr(l_2_c, 'subject'))),
                    '\n',
                ))
            elif (environment.getattr(l_2_c, 'kind') == 'faq_removed'):
                pass
                t_2.extend((
                    '- **',
                    escape(environment.finalize(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Removed from the FAQ:', _loop_vars=_loop_vars))),
                    '** ',
                    escape(environment.finalize(environment.getattr(l_2_c, 'subject'))),
                    '\n',
                ))
        l_2_c = l_2__ = l_2_gettext = l_2__trans = missing
        return concat(t_2)
    context.exported_vars.add('change_list')
    context.vars['change_list'] = l_0_change_list = Macro(environment, macro, 'change_list', ('changes', 'words'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=18&3=25&4=31&5=35&7=54&8=58&9=67&10=71&11=80&12=84&13=91&14=95&15=104&16=108&17=117&18=121&19=130&20=134&21=143&22=149&23=156&24=162&25=169&26=173&27=182&28=186&29=195&30=199&30=205&31=210&32=214&33=230&34=234&35=243&36=247&37=256&38=260&39=269&40=273&41=282&42=286&42=296&42=303&43=313&44=317&45=322&46=326'
# public/_changes.md.j2, compiled by Jinja 3.1.6: written by `make templates`, do not edit.
